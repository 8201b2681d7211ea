import type { PhrasingContent } from '@kiji/core';
import type * as Mdast from 'mdast';
import { parseHeadingAttributes } from '../heading-attributes.js';
import { type ReadContext, report, sourceOf } from './context.js';
import { readPhrasing } from './phrasing.js';

/** What a heading line says: `## 2.1 見出し {#sec-2-1}`. */
export interface HeadingLine {
  number?: string;
  id?: string;
  conclusion: boolean;
  heading: PhrasingContent[];
}

/**
 * A number written before the heading text: `1.`, `2.1` or `2.1.`, then a space. Checked on the
 * text as written, so `1\. Title` keeps "1. Title" as heading text.
 */
export const NUMBER_PREFIX = /^(?:(\d+(?:\.\d+)*)\.|(\d+(?:\.\d+)+))(?:[ \t]+|$)/;

/** Attributes at the end of the heading text, after a space: `{#id .conclusion number="…"}`. */
export const ATTRIBUTE_SUFFIX = /(?:^|(?<![ \t])[ \t]+)\{([^{}\r\n]*)\}$/;

/** Read the number, attributes and text of a heading. */
export function readHeading(node: Mdast.Heading, context: ReadContext): HeadingLine {
  const children = [...node.children];
  const line: HeadingLine = { conclusion: false, heading: [] };

  const last = children.at(-1);
  if (last?.type === 'text') {
    const match = ATTRIBUTE_SUFFIX.exec(sourceOf(context, last));
    if (match && last.value.endsWith(match[0])) {
      const attributes = parseHeadingAttributes(match[1]!);
      if (typeof attributes === 'string') report(context, last, attributes);
      else {
        if (attributes.id !== undefined) line.id = attributes.id;
        for (const name of attributes.classes) {
          if (name === 'conclusion') line.conclusion = true;
          else report(context, last, `unknown heading class ".${name}": the only one is .conclusion`);
        }
        for (const [key, value] of Object.entries(attributes.values)) {
          if (key === 'number') line.number = value;
          else
            report(context, last, `unknown heading attribute "${key}": use #id, .conclusion or number="…"`);
        }
      }
      replaceText(children, children.length - 1, last.value.slice(0, -match[0].length));
    }
  }

  const first = children[0];
  if (first?.type === 'text') {
    const match = NUMBER_PREFIX.exec(sourceOf(context, first));
    if (match && first.value.startsWith(match[0])) {
      if (line.number !== undefined) {
        report(
          context,
          first,
          `the heading has a number twice ("${match[0].trim()}" and number="${line.number}"): keep one`,
        );
      }
      line.number = match[1] ?? match[2]!;
      replaceText(children, 0, first.value.slice(match[0].length));
    }
  }

  line.heading = readPhrasing(children, context);
  return line;
}

function replaceText(children: Mdast.PhrasingContent[], index: number, value: string): void {
  const node = children[index] as Mdast.Text;
  if (value === '') children.splice(index, 1);
  else children[index] = { ...node, value };
}
