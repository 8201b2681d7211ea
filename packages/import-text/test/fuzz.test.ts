import { parseArticle } from '@kiji/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';
import { FIXTURES, lostWords, readFixture, readSeed, seedAvailable } from './helpers.js';

// Property tests with fixed seeds: the same cases run every time. FUZZ_SEED explores others.
const SEED = Number(process.env.FUZZ_SEED ?? 20251028);

/** Fragments that exercise every recogniser: brackets, numbers, URLs, phrases, boilerplate. */
const FRAGMENTS = [
  '「',
  '」',
  '『',
  '』',
  '[',
  ']',
  '(',
  ')',
  '【速報】',
  '1. ',
  '１．',
  '第2章 ',
  '## ',
  '### ',
  '# ',
  '> ',
  '・',
  '• ',
  '- ',
  '(1) ',
  '① ',
  '■ ',
  '抑止力: ',
  'Term: ',
  'https://example.com/a?b=c',
  '[title](https://example.com/x)',
  '[bad](javascript:x)',
  '](https://example.com/y)',
  '読売新聞の記事「',
  '毎日新聞の「',
  '日テレNEWSの動画「',
  "The Guardian's article “",
  'は、以下のように伝えています。',
  'には、以下のような記述があります。',
  'は、次のように報じています。',
  'についても言及しています。',
  'Reuters reported:',
  '2025年10月28日',
  '令和元年5月1日',
  '2025-02-30',
  'October 28, 2025',
  '28 Oct 2025',
  'TOKYO, Oct. 28 (Reuters) - ',
  'コメント',
  '3 Comments',
  'Maria says:',
  'March 4, 2024 at 10:15 am',
  '返信',
  '目次',
  '[非表示]',
  '10/28(火) 9:53配信',
  '最終更新:10/28(火)',
  'ホーム',
  'According to Reuters:',
  'タイトルとURLをコピーしました',
  'シェア',
  '前の記事',
  '結論:',
  'まとめ',
  'In conclusion',
  '…',
  '...',
  '。',
  '、',
  ':',
  '：',
  ' ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\u3000',
  '\uFEFF',
  '\u0000',
  '\uD800',
  '\uDC00',
  '😀',
  'e\u0301',
  '\u202E',
  'abc',
  '日本語の文',
  'A sentence.',
];

function check(text: string, lossless = false): void {
  const result = importText(text);
  if (lossless) expect(lostWords(text, result)).toEqual([]);
  const roundTrip = JSON.parse(JSON.stringify(result.article));
  expect(() => parseArticle(roundTrip)).not.toThrow();
  // The structured pipeline handled it: the plain-paragraph fallback is for bugs only.
  expect(result.warnings.filter((warning) => warning.code === 'fallback')).toEqual([]);
  for (const warning of result.warnings) expect(typeof warning.message).toBe('string');
}

/** Documents to mutate: the seed (when present) and every fixture. */
function corpus(): string[] {
  const texts = FIXTURES.map(readFixture);
  if (seedAvailable) texts.unshift(readSeed());
  return texts;
}

type Mutation =
  | { kind: 'shuffle'; keys: number[] }
  | { kind: 'delete'; index: number; count: number }
  | { kind: 'duplicate'; index: number; count: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; fragment: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('shuffle' as const), keys: fc.array(fc.nat(), { maxLength: 80 }) }),
  fc.record({ kind: fc.constant('delete' as const), index: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    index: fc.nat(),
    count: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    fragment: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })),
  }),
);

function mutate(text: string, change: Mutation): string {
  const lines = text.split('\n');
  switch (change.kind) {
    case 'shuffle': {
      const keyed = lines.map((line, index) => ({
        line,
        key: change.keys[index % Math.max(1, change.keys.length)] ?? index,
      }));
      return keyed
        .sort((a, b) => a.key - b.key)
        .map((entry) => entry.line)
        .join('\n');
    }
    case 'delete': {
      const at = change.index % Math.max(1, lines.length);
      lines.splice(at, change.count);
      return lines.join('\n');
    }
    case 'duplicate': {
      const at = change.index % Math.max(1, lines.length);
      lines.splice(at, 0, ...lines.slice(at, at + change.count));
      return lines.join('\n');
    }
    case 'truncate':
      // Code-unit offsets: may cut a surrogate pair in half.
      return text.slice(0, change.at % (text.length + 1));
    case 'insert': {
      const at = change.at % (text.length + 1);
      return `${text.slice(0, at)}${change.fragment}${text.slice(at)}`;
    }
  }
}

describe('importText never throws and always returns a valid article', () => {
  it('on random strings of any code units (lone surrogates and controls included)', () => {
    const anyUnits = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
      .map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), anyUnits), (text) => check(text)),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('on documents assembled from structural fragments', () => {
    const document = fc
      .array(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 }), { maxLength: 30 })
      .map((lines) => lines.map((parts) => parts.join('')).join('\n'));
    fc.assert(
      fc.property(document, (text) => check(text)),
      { seed: SEED + 1, numRuns: 2000 },
    );
  });

  it('on the seed and the fixtures with lines shuffled, deleted, duplicated, truncated and spliced, losing no word silently', () => {
    const texts = corpus();
    fc.assert(
      fc.property(
        fc.nat({ max: texts.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (which, changes) => check(changes.reduce(mutate, texts[which]!), true),
      ),
      { seed: SEED + 2, numRuns: 3000 },
    );
  });

  it('on very long input without structure', () => {
    check('あ'.repeat(200_000));
    check(`${'「'.repeat(5_000)}${'x'.repeat(5_000)}`);
    check(Array.from({ length: 5_000 }, (_, index) => `${index + 1}. item`).join('\n'));
    check(`${'The Capital Word '.repeat(5_000)}“title”`);
  });
});
