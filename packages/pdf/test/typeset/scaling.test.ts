import { measureScaling } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { composeLines, type StyledRun, type TypesetOptions } from '../../src/typeset/index.js';
import { testFonts } from './test-fonts.js';

// The line composer stays linear in the length of one paragraph: a kicker, heading or text run
// of hundreds of thousands of characters, or one character under thousands of combining marks
// (fontkit positions each mark by looking back over the others: 100,000 took 34 s). Sizes are
// large enough that the shaping cache and JIT warm-up do not decide the ratio.

const body: TypesetOptions = { width: 400, lineHeight: 17, align: 'justify', language: 'ja' };
const run = (text: string, fontFamily = 'serif', fontSize = 10): StyledRun[] => [
  { text, fontFamily, fontSize },
];

const shapes: [string, (n: number) => { runs: StyledRun[]; options: TypesetOptions }, number][] = [
  [
    'Japanese body text',
    (n) => ({ runs: run('両首脳は抑止力の強化を確認した。'.repeat(n / 16)), options: body }),
    16_000,
  ],
  [
    'English body text',
    (n) => ({
      runs: run('The leaders agreed to deepen the alliance. '.repeat(n / 43)),
      options: { ...body, language: 'en' },
    }),
    16_000,
  ],
  [
    'one word without a break',
    (n) => ({ runs: run('a'.repeat(n)), options: { ...body, language: 'en' } }),
    16_000,
  ],
  [
    'a heading broken at phrases',
    (n) => ({
      runs: run('日米首脳会談で同盟強化に合意'.repeat(n / 14), 'sans', 20),
      options: { width: 400, lineHeight: 30, align: 'start', language: 'ja', phrases: true },
    }),
    2000,
  ],
  [
    'combining marks on one letter',
    (n) => ({ runs: run(`a${'\u0301'.repeat(n)}`), options: { ...body, language: 'en' } }),
    4000,
  ],
  [
    'many short runs',
    (n) => ({
      runs: Array.from({ length: n / 10 }, (_, index) => ({
        text: '抑止力の強化を確認。',
        fontFamily: 'serif',
        fontSize: 10,
        fontWeight: index % 2 ? ('bold' as const) : ('normal' as const),
      })),
      options: body,
    }),
    2000,
  ],
];

describe('composeLines scales linearly in one paragraph', () => {
  test.each(shapes)('%s', (_name, make, n) => {
    const scaling = measureScaling(make, ({ runs, options }) => composeLines(runs, options, testFonts), n);
    expect(scaling.ok, scaling.summary).toBe(true);
  });
});

describe('combining marks', () => {
  test('past 30 in a row are not drawn; offsets stay those of the text', () => {
    const text = `x a${'\u0301'.repeat(40)} y`;
    const { lines } = composeLines(run(text), { ...body, language: 'en' }, testFonts);
    const drawn = lines.flatMap((line) => line.segments.map((segment) => segment.text)).join('');
    expect(drawn).toBe(`x a${'\u0301'.repeat(30)} y`);
    expect(lines.at(-1)?.segments.at(-1)?.offset).toBeLessThanOrEqual(text.length);
  });
});
