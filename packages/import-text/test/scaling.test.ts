import { measureScaling } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { importText } from '../src/index.js';

// The importer's cost grows with the page, not faster: each shape at n and 4n units (lines or
// characters), compared as a ratio. The first shapes are the ones a fuzz found quadratic.

const HEAD = 'タイトル\n\n2025年10月28日\n\n';
const PAGE = `1. 会談の中身

東西新聞の記事「[首脳会談、同盟強化で合意](https://example.com/a)」は、以下のように伝えています。

両首脳は抑止力の強化を確認した。

防衛力の要素

  • 抑止力: 攻撃を思いとどまらせる力。
  • 対処力: 攻撃を受けたときに対応する力。

`;

const shapes: [string, (n: number) => string, number][] = [
  ['a page of >>1 anchor lines', (n) => `${HEAD}${'>>1\n'.repeat(n)}`, 4000],
  ['hard-wrapped lines of one paragraph', (n) => `${HEAD}${`${'あ'.repeat(40)}\n`.repeat(n)}`, 1000],
  ['one line of Japanese', (n) => `${HEAD}${'あ'.repeat(n)}`, 40_000],
  // Sizes where a pattern that backtracks quadratically would take seconds at 4n, not hours.
  ['a Markdown heading with a run of spaces', (n) => `${HEAD}# a${' '.repeat(n)}b\n\n本文。`, 5000],
  ['a first line with a run of spaces', (n) => `Headline${' '.repeat(n)}x\n\n本文。`, 5000],
  ['a run of closing punctuation', (n) => `${HEAD}https://example.com/a${'.'.repeat(n)}x`, 5000],
  ['an English introduction of spaces', (n) => `${HEAD}according to ${' \t'.repeat(n)}x:`, 2500],
  // A line of share words that fails at its end: the check of page furniture once took time
  // doubling with every word (lines of up to 200 characters are tested).
  ['a line of share words with a full stop', (n) => `${HEAD}xx${' 送る'.repeat(n)}。\n\n本文。`, 15],
  ['a wire dateline followed by a run of spaces', (n) => `TOKYO, ${' '.repeat(n)}x\n\n本文。`, 5000],
  ['list items', (n) => `${HEAD}${'• 用語: 説明。\n'.repeat(n)}`, 500],
  ['a normal page, repeated', (n) => `${HEAD}${PAGE.repeat(n)}`, 20],
];

describe('importText scales linearly', () => {
  test.each(shapes)('%s', (_name, make, n) => {
    const scaling = measureScaling(make, (text) => importText(text), n);
    expect(scaling.ok, scaling.summary).toBe(true);
  });
});
