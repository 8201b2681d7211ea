import { InputError, type PhrasingContent } from '@kiji/core';
import type * as Mdast from 'mdast';
import { NUMBER_PREFIX } from '../from-mdast/heading.js';
import {
  formatHeadingAttributes,
  type HeadingAttributes,
  isSafeHeadingValue,
} from '../heading-attributes.js';
import { writePhrasing } from './phrasing.js';

const NUMERIC = /^\d+(?:\.\d+)*$/;

/** What a heading line says, as {@link writeHeading} takes it. */
export interface HeadingParts {
  /** JSON path of the section, for error messages. */
  path: string;
  depth: number;
  number?: string | undefined;
  id?: string | undefined;
  conclusion?: boolean;
  heading: readonly PhrasingContent[];
}

/**
 * `## 1. 見出し {#sec-1}`: a numeric number goes before the text, any other number and the id in
 * braces after it. Text that would read as a number or as attributes is escaped.
 */
export function writeHeading(parts: HeadingParts): Mdast.Heading {
  if (parts.depth > 6) {
    throw new InputError([
      {
        path: parts.path,
        message: `cannot write a section nested ${parts.depth - 1} levels deep as Markdown: headings stop at "######" (5 levels)`,
      },
    ]);
  }
  const children = writePhrasing(parts.heading);
  const attributes: HeadingAttributes = { classes: [], values: {} };
  if (parts.id !== undefined) attributes.id = parts.id;
  if (parts.conclusion) attributes.classes.push('conclusion');

  let prefix: string | undefined;
  if (parts.number !== undefined && NUMERIC.test(parts.number)) {
    prefix = parts.number.includes('.') ? `${parts.number} ` : `${parts.number}. `;
  } else if (parts.number !== undefined) {
    if (!isSafeHeadingValue(parts.number)) {
      throw new InputError([
        {
          path: `${parts.path}.number`,
          message: `cannot write the section number ${JSON.stringify(parts.number)} as Markdown: it holds one of " { } \\ & * _ \` [ ] < > ! or a line break`,
        },
      ]);
    }
    attributes.values.number = parts.number;
  }

  const first = children[0];
  if (first?.type === 'text') {
    // "2.5 倍" must not read as the number 2.5: escape the dot after the leading digits.
    const digits = NUMBER_PREFIX.test(first.value) ? /^(\d+)\./.exec(first.value) : null;
    if (digits) {
      children.splice(0, 1, raw(`${digits[1]}\\.`), {
        type: 'text',
        value: first.value.slice(digits[0].length),
      });
    }
  }
  if (prefix !== undefined) children.unshift(raw(prefix));

  const suffix = formatHeadingAttributes(attributes);
  const last = children.at(-1);
  if (suffix !== '') {
    children.push(raw(children.length > 0 ? ` ${suffix}` : suffix));
  } else if (last?.type === 'text') {
    // Text ending in " {…}" must not read as attributes: escape the brace.
    const brace = /(?:^|[ \t])(\{[^{}\r\n]*\})$/.exec(last.value);
    if (brace) {
      const at = last.value.length - brace[1]!.length;
      children.splice(children.length - 1, 1, { type: 'text', value: last.value.slice(0, at) }, raw('\\{'), {
        type: 'text',
        value: last.value.slice(at + 1),
      });
    }
  }
  return {
    type: 'heading',
    depth: parts.depth as Mdast.Heading['depth'],
    children: children.filter((child) => child.type !== 'text' || child.value !== ''),
  };
}

function raw(value: string): Mdast.PhrasingContent {
  return { type: 'kijiRaw', value };
}
