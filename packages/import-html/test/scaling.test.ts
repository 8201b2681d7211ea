import { measureScaling } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { importHtml } from '../src/index.js';

// The importer's cost grows with the page, not faster: each shape at n and 4n, compared as a
// ratio. Deep nesting is the shape that made the extractor quadratic before pages were
// flattened below 48 levels.

const HEAD =
  '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>見出し</title></head><body><article><h1>見出し</h1><p>2025年10月28日</p>';
const SECTION =
  '<h2>1. 会談の中身</h2><p>両首脳は<strong>抑止力</strong>の強化を確認した。<a href="https://mainichi.jp/a">毎日新聞</a>は次のように伝えている。</p><blockquote><p>同盟の抑止力を強化する。</p></blockquote><ul><li>項目</li><li>項目</li></ul>';

const shapes: [string, (n: number) => string, number][] = [
  ['sections of paragraphs, quotes and lists', (n) => `${HEAD}${SECTION.repeat(n)}`, 40],
  ['nested <div>s', (n) => `${HEAD}${'<div>'.repeat(n)}<p>本文。</p>${'</div>'.repeat(n)}`, 1500],
  ['unclosed <b>s', (n) => `${HEAD}<p>${'<b>文'.repeat(n)}</p>`, 1500],
  ['nested lists', (n) => `${HEAD}${'<ul><li>項目'.repeat(n)}${'</li></ul>'.repeat(n)}`, 500],
  [
    'nested furniture',
    (n) => `${HEAD}${'<div class="ad">'.repeat(n)}広告${'</div>'.repeat(n)}<p>本文。</p>`,
    // Large enough that the n run is not a few milliseconds a collection of the 4n one outweighs.
    3000,
  ],
  ['one long text', (n) => `${HEAD}<p>${'あ'.repeat(n)}</p>`, 50_000],
  [
    'share bars between paragraphs',
    (n) => `${HEAD}${'<div class="share">シェア</div><p>本文の段落です。</p>'.repeat(n)}`,
    100,
  ],
  ['table rows', (n) => `${HEAD}<table>${'<tr><td>a</td><td>b</td></tr>'.repeat(n)}</table>`, 200],
  [
    'JSON-LD and meta tags',
    (n) => `${'<meta property="article:tag" content="x">'.repeat(n)}${HEAD}<p>本文。</p>`,
    500,
  ],
];

describe('importHtml scales linearly', () => {
  test.each(shapes)('%s', (_name, make, n) => {
    const scaling = measureScaling(make, (html) => importHtml(html), n);
    expect(scaling.ok, scaling.summary).toBe(true);
  });
});

test('a page nested 20,000 levels deep imports, its text kept and the flattening reported', () => {
  const { article, warnings } = importHtml(
    `${HEAD}${'<div><b>'.repeat(10_000)}<p>底の段落。</p>${'</b></div>'.repeat(10_000)}`,
  );
  expect(JSON.stringify(article.children)).toContain('底の段落。');
  expect(warnings.some((warning) => warning.message.includes('more than 48 levels deep'))).toBe(true);
});
