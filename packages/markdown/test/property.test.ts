import type {
  Article,
  BlockContent,
  FlowContent,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Section,
} from '@kiji/core';
import { parseArticle } from '@kiji/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseMarkdown, toMarkdown } from '../src/index.js';

// Random articles, made of characters that mean something in Markdown, Japanese punctuation and
// spaces, must survive toMarkdown -> parseMarkdown. The seed is fixed so a run is reproducible.

const CHARACTERS = [...'ab 日本。、「」（）*_`[]()<>&#\\:!{}-+.12~|^"\'=@/'];
const ids = ['src-a', 'src-b'];
const noteIds = ['n1', 'Note.2'];

const word = fc
  .array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''));
const plainWord = fc
  .array(fc.constantFrom(...'ab日本。「」1'), { minLength: 1, maxLength: 6 })
  .map((chars) => chars.join(''));

const { phrasing } = fc.letrec<{ phrasing: PhrasingContent[]; inline: PhrasingContent }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: word.map((value) => ({ type: 'text' as const, value })) },
    { weight: 1, arbitrary: tie('phrasing').map((children) => ({ type: 'emphasis' as const, children })) },
    { weight: 1, arbitrary: tie('phrasing').map((children) => ({ type: 'strong' as const, children })) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          url: fc.constantFrom(
            'https://example.com/a_(b)',
            'mailto:x@example.com',
            'images/a b.png',
            'data:text/html,<b>x</b>',
          ),
          title: fc.option(word, { nil: undefined }),
          children: tie('phrasing'),
        })
        .map(({ url, title, children }) => ({
          type: 'link' as const,
          url,
          ...(title ? { title } : {}),
          children,
        })),
    },
    { weight: 1, arbitrary: fc.constant({ type: 'break' as const }) },
    {
      weight: 1,
      arbitrary: fc
        .record({ sourceId: fc.constantFrom(...ids), locator: fc.option(word, { nil: undefined }) })
        .map(({ sourceId, locator }) => ({
          type: 'sourceReference' as const,
          sourceId,
          ...(locator !== undefined ? { locator } : {}),
        })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...noteIds).map((noteId) => ({ type: 'noteReference' as const, noteId })),
    },
  ),
  phrasing: fc.array(tie('inline'), { minLength: 1, maxLength: 4 }).map(normalize),
}));

/**
 * The shapes Markdown cannot tell apart (documented in the README): adjacent text runs merge,
 * formatting needs content and may not start or end with white space, a line break needs text on
 * both sides, emphasis inside emphasis (or strong in strong) reads as one, and a link
 * inside a link is not a thing.
 */
function normalize(
  nodes: PhrasingContent[],
  inLink = false,
  inside: readonly string[] = [],
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    let next: PhrasingContent | undefined = node;
    if (node.type === 'emphasis' || node.type === 'strong') {
      const children = normalize(node.children, inLink, [...inside, node.type]);
      next = hasVisibleEdges(children) && !inside.includes(node.type) ? { ...node, children } : undefined;
    } else if (node.type === 'link') {
      next = inLink ? undefined : { ...node, children: normalize(node.children, true, inside) };
    }
    if (!next) continue;
    const previous = out.at(-1);
    if (next.type === 'text' && previous?.type === 'text')
      out[out.length - 1] = { type: 'text', value: previous.value + next.value };
    else out.push(next);
  }
  while (out[0]?.type === 'break') out.shift();
  while (out.at(-1)?.type === 'break') out.pop();
  return out.filter((node, index) => node.type !== 'break' || out[index - 1]?.type !== 'break');
}

function hasVisibleEdges(children: PhrasingContent[]): boolean {
  const first = children[0];
  const last = children.at(-1);
  if (!first || !last) return false;
  if (first.type === 'break' || last.type === 'break') return false;
  if (first.type === 'text' && /^\s/.test(first.value)) return false;
  if (last.type === 'text' && /\s$/.test(last.value)) return false;
  return true;
}

const paragraph: fc.Arbitrary<Paragraph> = phrasing
  .filter((children) => children.length > 0)
  .map((children) => ({ type: 'paragraph', children }));
const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 2 });

const list: fc.Arbitrary<List> = fc
  .record({
    ordered: fc.boolean(),
    start: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    items: fc.array(
      fc.record({
        paragraphs,
        nested: fc.option(fc.array(plainWord, { minLength: 1, maxLength: 2 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ ordered, start, items }) => ({
    type: 'list',
    ordered,
    ...(ordered && start !== undefined && start !== 1 ? { start } : {}),
    children: items.map(
      ({ paragraphs: children, nested }): ListItem => ({
        type: 'listItem',
        children: nested
          ? [
              ...children,
              {
                type: 'list',
                ordered: false,
                children: nested.map((value) => ({
                  type: 'listItem',
                  children: [{ type: 'paragraph', children: [{ type: 'text', value }] }],
                })),
              },
            ]
          : children,
      }),
    ),
  }));

const attribute = fc.option(word, { nil: undefined });
const block: fc.Arbitrary<BlockContent> = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  {
    weight: 1,
    arbitrary: fc
      .record({
        sourceId: fc.option(fc.constantFrom(...ids), { nil: undefined }),
        locator: attribute,
        truncated: fc.option(fc.boolean(), { nil: undefined }),
        children: paragraphs,
      })
      .map((quote) => ({ type: 'quote' as const, ...dropUndefined(quote) })),
  },
  { weight: 1, arbitrary: list },
  {
    weight: 1,
    arbitrary: fc
      .array(
        fc.record({
          term: paragraph.map((p) => p.children.filter((c) => c.type !== 'break')),
          children: fc.array(paragraph, { maxLength: 2 }),
        }),
        { minLength: 1, maxLength: 3 },
      )
      .filter((items) => items.every((item) => item.term.length > 0))
      .map((items) => ({
        type: 'termList' as const,
        children: items.map((item) => ({
          type: 'termItem' as const,
          term: normalize(item.term),
          children: item.children,
        })),
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        src: fc.constantFrom('a.png', 'images/a b(1).png', 'https://example.com/x.jpg'),
        alt: fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 10 }),
        caption: fc.option(
          phrasing.filter((c) => c.length > 0),
          { nil: undefined },
        ),
        credit: attribute,
        width: fc.option(fc.integer({ min: 1, max: 4000 }), { nil: undefined }),
      })
      .map((figure) => ({ type: 'figure' as const, ...dropUndefined(figure) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ label: attribute, children: paragraphs })
      .map((aside) => ({ type: 'aside' as const, ...dropUndefined(aside) })),
  },
);

/** Headings below `##` cannot hold line breaks (see the README), nor can terms be split. */
function withoutBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes
    .filter((node) => node.type !== 'break')
    .map((node) => ('children' in node ? { ...node, children: withoutBreaks(node.children) } : node));
}
const headingText = phrasing.map((children) => normalize(withoutBreaks(children)));
const section = (children: fc.Arbitrary<(BlockContent | Section)[]>): fc.Arbitrary<Section> =>
  fc
    .record({
      number: fc.option(fc.constantFrom('1', '2.1', '第3章', 'A', '01'), { nil: undefined }),
      heading: headingText.map((h) => normalize(h)),
      children,
    })
    .filter(({ heading }) => hasTrimmedEdges(heading))
    .map((node) => ({ type: 'section' as const, ...dropUndefined(node) }));

function hasTrimmedEdges(heading: PhrasingContent[]): boolean {
  const first = heading[0];
  const last = heading.at(-1);
  return (
    !(first?.type === 'text' && /^\s/.test(first.value)) && !(last?.type === 'text' && /\s$/.test(last.value))
  );
}

const subsection = section(fc.array(block, { maxLength: 2 }));
const topSection = section(
  fc.array(fc.oneof({ weight: 3, arbitrary: block }, { weight: 1, arbitrary: subsection }), { maxLength: 4 }),
);
const flow: fc.Arbitrary<FlowContent> = fc.oneof(
  { weight: 3, arbitrary: block },
  { weight: 2, arbitrary: topSection },
  { weight: 1, arbitrary: paragraphs.map((children) => ({ type: 'lede' as const, children })) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        heading: fc.option(
          headingText.map((h) => normalize(h)).filter((h) => h.length > 0 && hasTrimmedEdges(h)),
          { nil: undefined },
        ),
        children: fc.array(block, { maxLength: 2 }),
      })
      .map((node) => ({ type: 'conclusion' as const, ...dropUndefined(node) })),
  },
);

const article: fc.Arbitrary<Article> = fc.array(flow, { minLength: 1, maxLength: 5 }).map((children) =>
  parseArticle({
    type: 'article',
    schemaVersion: 1,
    meta: { title: 'ランダム', language: 'ja', published: '2025-10-28' },
    children,
    sources: ids.map((id) => ({ id, outlet: `Outlet ${id}`, kind: 'article' })),
    notes: noteIds.map((id) => ({
      type: 'note',
      id,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: `${id}。` }] }],
    })),
  }),
);

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

describe('random articles survive the round trip', () => {
  test('parseMarkdown(toMarkdown(article)) equals article', () => {
    fc.assert(
      fc.property(article, (input) => {
        const markdown = toMarkdown(input);
        expect(parseMarkdown(markdown), markdown).toEqual(input);
      }),
      {
        seed: Number(process.env.KIJI_PROPERTY_SEED ?? 20251028),
        numRuns: Number(process.env.KIJI_PROPERTY_RUNS ?? 200),
      },
    );
  }, 300_000);
});
