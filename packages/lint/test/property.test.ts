import { type Article, article, p, quote, section, source } from '@kiji/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintArticle, locateInJson } from '../src/index.js';
import { parsePath } from '../src/locate-in-json.js';

// Characters the rules look at: brackets, digits of both widths, date words, ellipses, kana.
const alphabet = fc.constantFrom(
  ...'「」『』（）()“”‘’"[]【】年月日（火）水0123456789０１２３４５６７８９…. 。、あしたるのにはTuesdayOctober 2025シェアコメント\n'.split(
    '',
  ),
  'によると',
  '毎日新聞',
  'タイトルとURLをコピーしました',
  '2025年10月28日',
  '10月29日（水）',
  'October 30, 2025',
);
const words = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''));

const articles = fc
  .record({
    title: words,
    paragraphs: fc.array(words, { maxLength: 5 }),
    quoted: fc.array(fc.record({ text: words, truncated: fc.boolean(), cited: fc.boolean() }), {
      maxLength: 3,
    }),
    heading: words,
    language: fc.constantFrom('ja', 'en'),
    published: fc.constantFrom('2025-10-28', '2024-02-29', '2026-01-05T09:00:00+09:00'),
  })
  .map(
    ({ title, paragraphs, quoted, heading, language, published }): Article =>
      article({
        meta: { title: title || 't', language, published },
        children: [
          ...paragraphs.map((text) => p(text)),
          section(heading, [
            ...quoted.map(({ text, truncated, cited }) =>
              quote(cited ? { source: 'm', truncated } : { truncated }, text),
            ),
          ]),
        ],
        sources: [source({ id: 'm', outlet: '毎日新聞', kind: 'article' })],
      }),
  );

/** The value at a JSON path, or `undefined`. */
function at(value: unknown, path: string): unknown {
  let current = value;
  for (const key of parsePath(path))
    current = (current as Record<string | number, unknown> | undefined)?.[key];
  return current;
}

describe('lintArticle on generated articles', () => {
  it('never throws, and every finding points at a node, inside its text, with a line in the JSON', () => {
    fc.assert(
      fc.property(articles, (doc) => {
        const json = JSON.stringify(doc, null, 2);
        const findings = lintArticle(doc, { locate: locateInJson(json) });
        for (const finding of findings) {
          const target = at(doc, finding.path);
          expect(target, finding.path).toBeDefined();
          expect(finding.line).toBeGreaterThan(0);
          if (finding.offset !== undefined) {
            const value = typeof target === 'string' ? target : (target as { value?: string }).value;
            expect(typeof value).toBe('string');
            expect(finding.offset).toBeLessThanOrEqual(value!.length);
          }
        }
      }),
      { numRuns: 300, seed: 20251028 },
    );
    // 300 articles take about 2 s alone and far longer on a loaded 2-core machine: a budget
    // against hangs, not a benchmark.
  }, 60_000);
});
