import type { Article } from '@kiji/core';
import { expect, test } from 'vitest';
import { renderPdf } from '../src/index.js';
import { countCalls } from './helpers/call-counts.js';
import { pdfInfo, runOnPdf } from './helpers/pdf-tools.js';

/** How often each named function of @react-pdf/layout ran since the last call. */
const layoutCalls = countCalls((url) => url.includes('@react-pdf') && url.includes('layout'));

/** An article of `count` paragraphs, with a running head from page 2 and a footer on every page. */
function article(count: number, title = '日米首脳会談：同盟の深化'): Article {
  const value = '会談では、経済安全保障と技術協力について幅広い合意が得られた。'.repeat(8);
  return {
    type: 'article',
    schemaVersion: 1,
    meta: { language: 'ja', published: '2025-10-28', title },
    children: Array.from({ length: count }, () => ({
      type: 'paragraph',
      children: [{ type: 'text', value }],
    })),
    sources: [],
  } as Article;
}

async function textsShapedByTextkit(article: Article) {
  await layoutCalls();
  const pdf = await renderPdf(article);
  const calls = await layoutCalls();
  return { pages: Number(pdfInfo(pdf).Pages), texts: calls.get('getAttributedString') ?? 0 };
}

test('the running head and the footer are not shaped again by textkit on every page', async () => {
  const short = await textsShapedByTextkit(article(10));
  const long = await textsShapedByTextkit(article(40));
  expect(long.pages).toBeGreaterThan(short.pages + 2);
  expect(long.texts - short.texts).toBeLessThan(long.pages - short.pages);
}, 60_000);

/** The first line of text on page 2 (the running head). */
function head(pdf: Uint8Array): string {
  const run = runOnPdf('pdftotext', pdf, ['-f', '2', '-l', '2', '{}', '-']);
  run.cleanup();
  return run.stdout.split('\n')[0]!.trim();
}

test('a running head that fits is drawn whole; a longer one is cut with an ellipsis', async () => {
  expect(head(await renderPdf(article(10)))).toBe('日米首脳会談：同盟の深化');
  const long =
    '日米首脳会談：同盟の深化と経済安全保障、技術協力、サプライチェーンの強靱化に関する新たな枠組み'.repeat(
      2,
    );
  const cut = head(await renderPdf(article(10, long)));
  expect(cut).toMatch(/…$/);
  // Cut between characters, no hyphen added.
  expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  expect(cut.length).toBeGreaterThan(30);
}, 60_000);
