/**
 * The structure tree a Kiji article should have, built from the article model alone (not from
 * the renderer): element types in reading order, heading levels, the text of each element and
 * the alt text of figures. Generated text the test cannot know without repeating the renderer
 * (the date line, a quote's attribution, a source's description) is left unchecked (`text`
 * undefined) but its element is still required.
 */
import {
  type Article,
  isSafeUrl,
  type List,
  type Node,
  type Paragraph,
  type PhrasingContent,
} from '@kiji/core';
import { labelsFor } from '../../src/labels.js';
import { numberSections } from '../../src/pipeline/number-sections.js';
import { resolveSources } from '../../src/pipeline/resolve-sources.js';
import type { Element } from './structure.js';

export interface Expected {
  type: string;
  text?: string;
  alt?: string;
  children: Expected[];
}

const el = (type: string, children: Expected[] = [], text?: string): Expected => ({
  type,
  children,
  ...(text !== undefined ? { text } : {}),
});

export function expectedStructure(article: Article): Expected {
  const labels = labelsFor(article.meta.language);
  const references = resolveSources(article);
  const sections = numberSections(article);
  const { meta } = article;

  /** The text a reader hears for phrasing content, and the Link/Reference elements inside it. */
  const phrasing = (content: readonly PhrasingContent[]): { text: string; children: Expected[] } => {
    let text = '';
    const children: Expected[] = [];
    for (const node of content) {
      if (node.type === 'text') text += node.value;
      else if (node.type === 'break') text += '\n';
      else if (node.type === 'emphasis' || node.type === 'strong') {
        const inner = phrasing(node.children);
        text += inner.text;
        children.push(...inner.children);
      } else if (node.type === 'link') {
        const inner = phrasing(node.children);
        text += inner.text;
        if (isSafeUrl(node.url)) children.push(el('Link', inner.children, inner.text));
        else children.push(...inner.children);
      } else if (node.type === 'sourceReference') {
        const source = references.sourceById.get(node.sourceId);
        if (!source) continue;
        const mark = labels.sourceMark(source.number, node.locator);
        text += mark;
        children.push(el('Reference', [el('Link', [], mark)], mark));
      } else if (node.type === 'noteReference') {
        const number = references.noteNumber.get(node.noteId);
        if (number === undefined) continue;
        const mark = labels.noteMark(number);
        text += mark;
        children.push(el('Reference', [el('Link', [], mark)], mark));
      }
    }
    return { text, children };
  };

  const paragraph = (node: Paragraph, suffix = ''): Expected => {
    const { text, children } = phrasing(node.children);
    return el('P', children, text + suffix);
  };

  const list = (node: List): Expected =>
    el(
      'L',
      node.children.map((item, index) => {
        const marker = node.ordered
          ? `${(node.start ?? 1) + index}${labels === labelsFor('ja') ? '．' : '.'}`
          : '•';
        return el('LI', [
          el('Lbl', [], marker),
          el(
            'LBody',
            item.children.map((child) => (child.type === 'paragraph' ? paragraph(child) : list(child))),
          ),
        ]);
      }),
    );

  const block = (node: Node): Expected[] => {
    switch (node.type) {
      case 'paragraph':
        return [paragraph(node)];
      case 'lede':
        return node.children.map((child) => paragraph(child));
      case 'section': {
        const depth = sections.get(node)?.depth ?? 1;
        const heading = phrasing(node.heading);
        const number = node.number ? [el('Lbl', [], node.number)] : [];
        return [
          el('Sect', [
            el(
              `H${Math.min(6, depth + 1)}`,
              [...number, ...heading.children],
              `${node.number ?? ''}${heading.text}`,
            ),
            ...node.children.flatMap(block),
          ]),
        ];
      }
      case 'conclusion': {
        const heading = node.heading ? phrasing(node.heading) : { text: labels.conclusion, children: [] };
        return [el('Sect', [el('H2', heading.children, heading.text), ...node.children.flatMap(block)])];
      }
      case 'quote': {
        const source = node.sourceId ? references.sourceById.get(node.sourceId) : undefined;
        const last = node.children.length - 1;
        const paragraphs = node.children.map((child, index) =>
          paragraph(child, node.truncated && index === last ? labels.truncated : ''),
        );
        const attribution = source
          ? [el('P', [el('Reference', [el('Link', [], labels.sourceMark(source.number))])])]
          : [];
        return [el('BlockQuote', [...paragraphs, ...attribution])];
      }
      case 'list':
        return [list(node)];
      case 'termList':
        return [
          el(
            'L',
            node.children.map((item) => {
              const term = phrasing(item.term);
              return el('LI', [
                el('Lbl', term.children, term.text),
                el(
                  'LBody',
                  item.children.map((child) => paragraph(child)),
                ),
              ]);
            }),
          ),
        ];
      case 'figure': {
        const caption = node.caption ? phrasing(node.caption) : undefined;
        const captionText = `${caption?.text ?? ''}${node.credit ?? ''}`;
        return [
          el('Div', [
            { type: 'Figure', alt: node.alt, children: [] },
            ...(caption || node.credit ? [el('Caption', caption?.children ?? [], captionText)] : []),
          ]),
        ];
      }
      case 'aside':
        return [
          el('Div', [
            ...(node.label ? [el('P', [], node.label)] : []),
            ...node.children.map((child) => (child.type === 'paragraph' ? paragraph(child) : list(child))),
          ]),
        ];
      case 'note': {
        const number = references.noteNumber.get(node.id) ?? 0;
        return [
          el('Note', [
            el('Lbl', [], labels.noteMark(number)),
            ...node.children.map((child) => paragraph(child)),
          ]),
        ];
      }
      case 'comment':
        return [
          el('Div', [
            ...(node.author || node.published ? [el('P')] : []),
            ...node.children.map((child) => paragraph(child)),
          ]),
        ];
      default:
        return [el(`unexpected ${node.type}`)];
    }
  };

  const masthead: Expected[] = [
    ...(meta.kicker ? [el('P', [], meta.kicker)] : []),
    el('H1', [], meta.title),
    ...(meta.subtitle ? [el('P', [], meta.subtitle)] : []),
    ...(meta.place || meta.published || meta.updated || meta.authors?.length || meta.publisher
      ? [el('P')]
      : []),
  ];
  const trailing = (title: string, children: Expected[]) => el('Sect', [el('H2', [], title), ...children]);
  const sources = references.sources.map((source) => {
    const url = source.url && isSafeUrl(source.url) ? source.url.trim() : undefined;
    return el('LI', [
      el('Lbl', [], labels.sourceMark(source.number)),
      el('LBody', [
        el('P'),
        ...(source.url ? [el('P', url ? [el('Link', [], source.url)] : [], source.url)] : []),
        ...(source.accessed ? [el('P')] : []),
      ]),
    ]);
  });
  return el('Document', [
    ...masthead,
    ...article.children.flatMap(block),
    ...(article.notes?.length ? [trailing(labels.notes, article.notes.flatMap(block))] : []),
    ...(sources.length ? [trailing(labels.sources, [el('L', sources)])] : []),
    ...(article.comments?.length ? [trailing(labels.comments, article.comments.flatMap(block))] : []),
  ]);
}

/** Text compared without white space: line ends add spaces that are not in the model. */
const squash = (text: string): string => text.replace(/\s+/gu, '');

/** Where the structure read from the PDF differs from the expected one, as readable lines. */
export function compareStructure(actual: Element, expected: Expected, path = actual.type): string[] {
  const problems: string[] = [];
  if (actual.type !== expected.type) {
    return [`${path}: is ${actual.type}, expected ${expected.type}`];
  }
  if (expected.text !== undefined && squash(actual.text) !== squash(expected.text)) {
    problems.push(`${path}: text "${squash(actual.text)}", expected "${squash(expected.text)}"`);
  }
  if (expected.alt !== undefined && actual.alt !== expected.alt) {
    problems.push(`${path}: alt "${actual.alt ?? ''}", expected "${expected.alt}"`);
  }
  const types = (list: { type: string }[]) => list.map((entry) => entry.type).join(' ');
  // A Span only says what its glyphs read as (ActualText); its text is in its parent's.
  const children = actual.children.flatMap((child) => (child.type === 'Span' ? child.children : [child]));
  if (children.length !== expected.children.length) {
    problems.push(`${path}: children [${types(children)}], expected [${types(expected.children)}]`);
    return problems;
  }
  children.forEach((child, index) => {
    problems.push(...compareStructure(child, expected.children[index]!, `${path} > ${child.type}[${index}]`));
  });
  return problems;
}
