// The handler map: every paragraph goes through `paragraph` (with the node around it as
// `ctx.parent`), the masthead and the sources list are handlers, and overrides keep their tags.
import { type Article, formatPath, parseArticle, toPlainText, walk } from '@kiji/core';
import { Text } from '@react-pdf/renderer';
import { describe, expect, test } from 'vitest';
import {
  defaultHandlers,
  type HandlerOverrides,
  type RenderContext,
  renderPdf,
  tagged,
} from '../../src/index.js';
import { compareStructure, expectedStructure } from '../helpers/expected-structure.js';
import { pdfToText, shouldRunToolTests } from '../helpers/kinsoku-check.js';
import { checkMarkedContent } from '../helpers/marked-content.js';
import { hasTool } from '../helpers/pdf-tools.js';
import { readStructure, type Element as StructureElement, squash } from '../helpers/structure.js';

const SLOW = { timeout: 120_000 };
const tools = shouldRunToolTests(hasTool('pdftotext'));

const p = (value: string) => ({ type: 'paragraph', children: [{ type: 'text', value }] });

/** A paragraph in every kind of place the model allows one. */
const article: Article = parseArticle({
  type: 'article',
  schemaVersion: 1,
  meta: {
    title: '段落の置き場所',
    language: 'ja',
    published: '2025-10-28',
    publisher: { name: '検証編集部' },
  },
  children: [
    { type: 'lede', children: [p('リードの一段落目。'), p('リードの二段落目。')] },
    p('本文の段落。'),
    {
      type: 'section',
      number: '1',
      heading: [{ type: 'text', value: '節' }],
      children: [
        p('節の段落。'),
        { type: 'quote', sourceId: 's', truncated: true, children: [p('引用の段落。'), p('引用の最後。')] },
        {
          type: 'list',
          ordered: false,
          children: [
            {
              type: 'listItem',
              children: [
                p('箇条の段落。'),
                {
                  type: 'list',
                  ordered: true,
                  children: [{ type: 'listItem', children: [p('入れ子の箇条。')] }],
                },
              ],
            },
          ],
        },
        {
          type: 'termList',
          children: [
            { type: 'termItem', term: [{ type: 'text', value: '用語' }], children: [p('用語の説明。')] },
          ],
        },
        { type: 'aside', label: '補足', children: [p('囲みの段落。')] },
      ],
    },
    { type: 'conclusion', children: [p('結びの段落。')] },
  ],
  sources: [
    { id: 's', outlet: '検証新聞', kind: 'article', title: '検証の記事', url: 'https://example.com/a' },
  ],
  notes: [{ type: 'note', id: 'n', children: [p('注の段落。')] }],
  comments: [{ type: 'comment', author: '読者', children: [p('コメントの段落。')] }],
});

/** Every paragraph of the model with the type of the node around it. */
const paragraphs = [...walk(article)]
  .filter(({ node }) => node.type === 'paragraph')
  .map(({ node, path, ancestors }) => ({
    path: formatPath(path),
    parent: ancestors.at(-1)!.type,
    text: toPlainText(node),
  }));

describe('the paragraph handler', () => {
  test('an override reaches every paragraph, told the node around it', SLOW, async () => {
    const calls: { path: string; parent: string | undefined }[] = [];
    const pdf = await renderPdf(article, {
      handlers: {
        paragraph: (node, ctx) => {
          calls.push({ path: formatPath(ctx.path), parent: ctx.parent?.type });
          return defaultHandlers.paragraph(
            { ...node, children: [{ type: 'text', value: '◆' }, ...node.children] },
            ctx,
          );
        },
      },
    });
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    expect(calls.sort(byPath)).toEqual(paragraphs.map(({ path, parent }) => ({ path, parent })).sort(byPath));
    // Every container kind is among them.
    expect(new Set(calls.map((call) => call.parent))).toEqual(
      new Set([
        'lede',
        'article',
        'section',
        'quote',
        'listItem',
        'termItem',
        'aside',
        'conclusion',
        'note',
        'comment',
      ]),
    );
    if (!tools) return;
    const text = pdfToText(pdf).replace(/\s+/g, '');
    for (const paragraph of paragraphs) expect(text).toContain(`◆${paragraph.text}`);
  });

  test('the default sets a paragraph by where it sits; delegating to it changes no byte', SLOW, async () => {
    const plain = await renderPdf(article);
    const delegated = await renderPdf(article, {
      handlers: { paragraph: (node, ctx) => defaultHandlers.paragraph(node, ctx) },
    });
    expect(Buffer.from(delegated).equals(Buffer.from(plain))).toBe(true);
    // Where it sits matters: a quote's paragraph set as running text is set differently.
    const asBody = await renderPdf(article, {
      handlers: {
        paragraph: (node, ctx) => defaultHandlers.paragraph(node, { ...ctx, parent: article }),
      },
    });
    expect(Buffer.from(asBody).equals(Buffer.from(plain))).toBe(false);
  });

  test('an override that draws its own paragraphs declares their tag and keeps the tree', SLOW, async () => {
    const pdf = await renderPdf(article, {
      handlers: {
        paragraph: (node, ctx: RenderContext) =>
          tagged(
            <Text style={{ fontFamily: ctx.fonts.sans, fontSize: 9 }}>{`〔${toPlainText(node)}〕`}</Text>,
            { type: 'P' },
          ),
      },
    });
    const structure = await readStructure(pdf);
    const texts: string[] = [];
    const collect = (element: StructureElement) => {
      if (element.type === 'P' && element.text.includes('〔')) texts.push(squash(element.text));
      for (const child of element.children) collect(child);
    };
    collect(structure.root);
    expect(texts).toEqual(paragraphs.map((paragraph) => `〔${paragraph.text}〕`));
    // The quote's paragraphs are still inside its BlockQuote, the list's in its LBody.
    const quote = findElement(structure.root, 'BlockQuote')!;
    expect(quote.children.filter((child) => child.type === 'P').map((child) => squash(child.text))).toContain(
      '〔引用の段落。〕',
    );
    const report = await checkMarkedContent(pdf);
    expect(report).toMatchObject({ unmarked: [], misnested: [], unclaimed: [], unbalanced: [] });
  });

  test('the default paragraph keeps the tagged structure of the model', SLOW, async () => {
    const pdf = await renderPdf(article, {
      handlers: { paragraph: (node, ctx) => defaultHandlers.paragraph(node, ctx) },
    });
    expect(compareStructure((await readStructure(pdf)).root, expectedStructure(article))).toEqual([]);
  });

  test(
    'a node no handler knows, inside a nested paragraph, is refused with its JSON path',
    SLOW,
    async () => {
      const handlers: HandlerOverrides = {
        paragraph: (node, ctx) =>
          ctx.parent?.type === 'aside'
            ? ctx.block({ type: 'table' } as never, [...ctx.path, 'children', 0])
            : defaultHandlers.paragraph(node, ctx),
      };
      await expect(renderPdf(article, { handlers })).rejects.toThrow(
        /no PDF handler for node type "table" at children\[2\]\.children\[4\]\.children\[0\]\.children\[0\]:/,
      );
    },
  );
});

describe.skipIf(!tools)('the masthead and sources handlers', () => {
  test('an override of masthead replaces the title block', SLOW, async () => {
    const pdf = await renderPdf(article, {
      handlers: {
        masthead: (node, ctx) =>
          defaultHandlers.masthead(
            { ...node, meta: { ...node.meta, title: '差し替えた見出し', publisher: undefined } },
            ctx,
          ),
      },
    });
    const text = pdfToText(pdf);
    expect(text).toContain('差し替えた見出し');
    expect(text).not.toContain('検証編集部');
    expect(text).toContain('本文の段落。');
  });

  test(
    'an override of sources replaces the list, and the article handler reaches both through ctx.handlers',
    SLOW,
    async () => {
      const dropped = pdfToText(await renderPdf(article, { handlers: { sources: () => null } }));
      // The quote's attribution names the title too; only the list prints the URL.
      expect(dropped).not.toContain('https://example.com/a');
      expect(dropped).toContain('結びの段落。');
      const calls: string[] = [];
      const pdf = await renderPdf(article, {
        handlers: {
          sources: (node, ctx) => {
            calls.push(`sources ${formatPath(ctx.path) || 'root'}`);
            return [
              defaultHandlers.sources(node, ctx),
              tagged(
                <Text key="after" style={{ fontFamily: ctx.fonts.sans, fontSize: 9 }}>
                  出典は以上です
                </Text>,
                { type: 'P' },
              ),
            ];
          },
          masthead: (node, ctx) => {
            calls.push('masthead');
            return defaultHandlers.masthead(node, ctx);
          },
        },
      });
      expect(calls).toEqual(['masthead', 'sources root']);
      const text = pdfToText(pdf);
      expect(text).toContain('検証の記事');
      expect(text.indexOf('出典は以上です')).toBeGreaterThan(text.indexOf('検証の記事'));
    },
  );
});

function findElement(element: StructureElement, type: string): StructureElement | undefined {
  if (element.type === type) return element;
  for (const child of element.children) {
    const found = findElement(child, type);
    if (found) return found;
  }
  return undefined;
}
