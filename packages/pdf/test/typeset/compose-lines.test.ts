import { HANGING, isInseparable, isLineEndProhibited, isLineStartProhibited } from '@kiji/core';
import { describe, expect, it } from 'vitest';
import {
  type ComposedLine,
  composeLines,
  forgetFonts,
  loadFont,
  loadHyphenation,
  MAX_CJK_GAP_EM,
  phraseBoundaries,
  type StyledRun,
  type TypesetOptions,
} from '../../src/typeset/index.js';
import { testFonts } from './test-fonts.js';

const SIZE = 10;
const ja = (width: number, extra: Partial<TypesetOptions> = {}): TypesetOptions => ({
  width,
  lineHeight: 17,
  align: 'justify',
  firstLineIndent: SIZE,
  language: 'ja',
  ...extra,
});
const serif = (text: string, extra: Partial<StyledRun> = {}): StyledRun => ({
  text,
  fontFamily: 'serif',
  fontSize: SIZE,
  ...extra,
});

/** A small deterministic PRNG (mulberry32) so the generated text is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ...'日本語の文章を組版する首脳会談安全保障経済協力関係深化あいうえおかきくけこ'.split(''),
  ...'。、」』）】！？・：ーっゃゅょァィ々'.split(''),
  ...'「『（【'.split(''),
  '……',
  '——',
  'AI',
  'supply chain',
  '2025年',
  '3.5%',
  '2,000',
  ' ',
  'https://www.example.com/reports/2025/supply-chain?lang=ja&section=overview',
  'NATO',
  '“quoted”',
];

function generate(seed: number, length: number): string {
  const next = random(seed);
  let text = '';
  while (text.length < length) {
    const piece = PIECES[Math.floor(next() * PIECES.length)]!;
    // Latin pieces are kept apart so no unbreakable run is wider than the narrowest measure.
    text += /[A-Za-z0-9”]$/.test(piece) ? `${piece}の` : piece;
  }
  return text;
}

/**
 * Text of the segments that carry letter spacing, without the line's last character (spacing
 * after it is invisible, so it rides in the segment before it).
 */
function stretched(line: ComposedLine): string[] {
  return line.segments
    .map((s, i) => (i === line.segments.length - 1 ? [...s.text].slice(0, -1).join('') : s.text))
    .filter((text, i) => line.segments[i]!.letterSpacing > 0 && text !== '');
}

/** Offsets in the paragraph where each line after the first starts. */
function lineStarts(runs: StyledRun[], lines: ComposedLine[]): number[] {
  const runOffsets: number[] = [];
  let total = 0;
  for (const run of runs) {
    runOffsets.push(total);
    total += run.text.length;
  }
  return lines.slice(1).map((line) => runOffsets[line.start.runIndex]! + line.start.offset);
}

function checkLines(runs: StyledRun[], options: TypesetOptions, lines: ComposedLine[]): void {
  const text = runs.map((run) => run.text).join('');
  const context = `width ${options.width}: ${lines.map((l) => l.text).join(' | ')}`;
  // Nothing lost, nothing added: the lines are the text minus the spaces at breaks.
  expect(
    lines
      .map((l) => l.text)
      .join('')
      .replace(/ /g, ''),
    context,
  ).toBe(text.replace(/ /g, ''));
  lines.forEach((line, index) => {
    const chars = [...line.text];
    if (index > 0)
      expect(isLineStartProhibited(chars[0]!), `starts with ${chars[0]} — ${context}`).toBe(false);
    if (index < lines.length - 1) {
      expect(isLineEndProhibited(chars.at(-1)!), `ends with ${chars.at(-1)} — ${context}`).toBe(false);
      const next = [...lines[index + 1]!.text][0]!;
      expect(isInseparable(chars.at(-1)!) && isInseparable(next), `splits a cl-08 pair — ${context}`).toBe(
        false,
      );
    }
    expect(line.text).not.toMatch(/^ | $/);
    // Within the measure as drawn (a line pulled in by 追い込み closes its gaps), except one
    // hanging 。、，．
    const drawnWidth = line.width + line.spacing * line.gaps;
    if (drawnWidth > line.available + 0.01) {
      const overflow = `"${line.text}" is ${drawnWidth.toFixed(2)} pt for ${line.available} pt`;
      expect(HANGING.includes(chars.at(-1)!), `${overflow} without hanging — ${context}`).toBe(true);
      expect(drawnWidth - line.hangingWidth).toBeLessThanOrEqual(line.available + 0.01);
    }
    expect(line.spacing).toBeGreaterThanOrEqual(-MAX_CJK_GAP_EM * SIZE * 1.5 - 0.05);
    if (line.hangingWidth > 0) expect(HANGING).toContain(chars.at(-1));
    // Justified lines reach the measure exactly, with gaps too small to see or to read as spaces.
    if (line.fill === 'justified') {
      expect(line.spacing).toBeLessThanOrEqual(MAX_CJK_GAP_EM * SIZE * 1.5 + 0.05);
      expect(line.width - line.hangingWidth + line.spacing * line.gaps).toBeCloseTo(line.available, 3);
    } else {
      // No spacing, except the half em taken off after an opening bracket or middle dot that
      // precedes an opening bracket (compressed punctuation).
      const spaced = line.segments.filter(
        (s) =>
          s.letterSpacing !== 0 &&
          !(s.letterSpacing === -s.fontSize / 2 && /^[「『（［｛〔〈《【〘〖｟〝・：；]+$/u.test(s.text)),
      );
      expect(spaced.map((s) => `${s.text} ${s.letterSpacing}`)).toEqual([]);
    }
    // The last line is never spread; it closes up only when pulled in (追い込み).
    if (line.last) expect(line.fill === 'natural' || line.spacing < 0, context).toBe(true);
  });
  // Never inside a Latin word or a number; inside a URL only after its separators.
  const starts = lineStarts(runs, lines);
  const urls = [...text.matchAll(/https?:\/\/[!#-;=?-~]+/g)].map((m) => [m.index, m.index + m[0].length]);
  for (const word of text.matchAll(/[A-Za-z0-9][A-Za-z0-9.,%]*[A-Za-z0-9%]/g)) {
    const end = word.index + word[0].length;
    for (const start of starts) {
      if (start <= word.index || start >= end) continue;
      const url = urls.some(([s, e]) => start > s! && start < e!);
      expect(url, `breaks inside "${word[0]}" — ${context}`).toBe(true);
      expect('/?&.=_#'.includes(text[start - 1]!), `breaks a URL after ${text[start - 1]} — ${context}`).toBe(
        true,
      );
    }
  }
}

describe('composeLines on generated mixed text', () => {
  for (let seed = 1; seed <= 12; seed++) {
    it(`keeps every rule at every width (text ${seed})`, () => {
      const runs = [serif(generate(seed, 240))];
      for (let width = 90; width <= 470; width += 11) {
        const options = ja(width);
        const { lines } = composeLines(runs, options, testFonts);
        checkLines(runs, options, lines);
      }
    });
  }

  for (let seed = 21; seed <= 26; seed++) {
    it(`keeps every rule across styled runs: bold, sans, sizes, links, citation marks (text ${seed})`, () => {
      const text = generate(seed, 260);
      const next = random(seed * 7);
      const runs: StyledRun[] = [];
      for (let at = 0; at < text.length; ) {
        const length = 1 + Math.floor(next() * 30);
        const piece = text.slice(at, at + length);
        at += length;
        const style = next();
        runs.push(
          style < 0.2
            ? serif(piece, { fontWeight: 'bold' })
            : style < 0.35
              ? { text: piece, fontFamily: 'sans', fontSize: SIZE }
              : style < 0.45
                ? serif(piece, { href: 'https://example.com/', underline: true })
                : serif(piece),
        );
        if (next() < 0.15) runs.push(serif(`[${runs.length}]`, { superscript: true }));
      }
      for (let width = 100; width <= 460; width += 18) {
        const options = ja(width);
        const { lines } = composeLines(runs, options, testFonts);
        checkLines(runs, options, lines);
        for (const line of lines.slice(1))
          expect(runs[line.start.runIndex]!.superscript, line.text).not.toBe(true);
      }
    });
  }

  it('is deterministic', () => {
    const runs = [serif(generate(99, 400))];
    const first = composeLines(runs, ja(300), testFonts);
    const second = composeLines(runs, ja(300), testFonts);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });
});

describe('kinsoku and hanging punctuation', () => {
  const line = '句点。読点、'.repeat(12);

  it('hangs 。 and 、 past the measure rather than pushing a character down', () => {
    // 41 characters of 10 pt fit 410 pt; the 42nd is 、 and hangs.
    const { lines } = composeLines([serif(line)], ja(410, { firstLineIndent: 0 }), testFonts);
    const first = lines[0]!;
    expect([...first.text]).toHaveLength(42);
    expect(first.text.endsWith('、')).toBe(true);
    expect(first.hangingWidth).toBeGreaterThan(0);
    expect(first.width - first.hangingWidth).toBeLessThanOrEqual(410);
  });

  it('pushes a character down when hanging is off', () => {
    const { lines } = composeLines([serif(line)], ja(410, { firstLineIndent: 0, hanging: false }), testFonts);
    // 、 cannot start a line, so 点 goes down with it (追い出し): 40 characters, spread to fit.
    expect([...lines[0]!.text]).toHaveLength(40);
    expect(lines[1]!.text.startsWith('点、')).toBe(true);
    expect(lines[0]!.fill).toBe('justified');
    for (const l of lines) expect(l.hangingWidth).toBe(0);
  });

  it('never hangs anything but 。、，．', () => {
    // 」 would be the 5th character at 40 pt: it may not hang, so 「あ」 moves down together.
    const { lines } = composeLines([serif('あいう「え」お')], ja(40, { firstLineIndent: 0 }), testFonts);
    expect(lines.map((l) => l.text)).toEqual(['あいう', '「え」お']);
  });

  it('keeps …… and —— whole and small kana, ー and 々 off the line start', () => {
    for (let width = 20; width <= 120; width += 10) {
      for (const text of [
        'ああああ……ええ',
        'ああああ——ええ',
        'ああああっとこ',
        'カカカカーとこ',
        'ああああ々とこ',
      ]) {
        const runs = [serif(text)];
        const options = ja(width, { firstLineIndent: 0 });
        checkLines(runs, options, composeLines(runs, options, testFonts).lines);
      }
    }
  });
});

describe('consecutive punctuation (約物の詰め)', () => {
  const natural = (text: string, extra: Partial<TypesetOptions> = {}) =>
    composeLines([serif(text)], ja(400, { firstLineIndent: 0, ...extra }), testFonts).lines[0]!;

  it('sets 。」 and 」「 in one and a half ems, 「『 too', () => {
    expect(natural('あ。」「い').width).toBeCloseTo(40, 0);
    expect(natural('あ。」「い', { compressPunctuation: false }).width).toBeCloseTo(50, 0);
    expect(natural('「『あ』」').width).toBeCloseTo(40, 0);
    const segments = natural('あ。」「い').segments;
    expect(segments.filter((s) => s.halfWidth).map((s) => s.text)).toEqual(['。」']);
  });

  it('leaves single punctuation and Latin brackets alone', () => {
    expect(natural('あ、い。う「え」').width).toBeCloseTo(80, 0);
    expect(natural('あ(い)う').segments.some((s) => s.halfWidth)).toBe(false);
    expect(natural('A、B', { language: 'en' }).segments.some((s) => s.halfWidth)).toBe(false);
  });
});

describe('justification', () => {
  it('spreads small leftovers between Japanese characters, never at ASCII spaces', () => {
    const text = 'これは New York で開かれた会議の記録であり、両国の首脳が出席した。'.repeat(3);
    const { lines } = composeLines([serif(text)], ja(205, { firstLineIndent: 0 }), testFonts);
    const justified = lines.filter((l) => l.fill === 'justified');
    expect(justified.length).toBeGreaterThan(0);
    for (const line of lines) {
      for (const segment of line.segments) {
        if (segment.text.endsWith(' ') || segment.text.includes(' ')) expect(segment.letterSpacing).toBe(0);
      }
    }
  });

  it('sets a line ragged instead of letter-spacing it', () => {
    // A long unbreakable word leaves a wide gap before it: the short line is not spread.
    const text = 'あいうえお Internationalization の話';
    const { lines } = composeLines([serif(text)], ja(120, { firstLineIndent: 0 }), testFonts);
    expect(lines[0]!.text).toBe('あいうえお');
    expect(lines[0]!.fill).toBe('ragged');
    expect(lines[0]!.spacing).toBe(0);
  });

  it('never spreads the last line of a paragraph', () => {
    const { lines } = composeLines(
      [serif('あいうえおかきくけこさし')],
      ja(100, { firstLineIndent: 0 }),
      testFonts,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]!.fill).toBe('natural');
    expect(lines[1]!.last).toBe(true);
  });

  it('stretches word spaces in English and, without hyphenation, never splits words', () => {
    const text =
      'The regulation sets obligations for providers and deployers of artificial intelligence systems, including transparency requirements and well-known prohibitions.';
    const runs = [serif(text)];
    for (let width = 90; width <= 400; width += 13) {
      const options: TypesetOptions = {
        width,
        lineHeight: 14,
        align: 'justify',
        language: 'en',
        hyphenate: false,
      };
      const { lines } = composeLines(runs, options, testFonts);
      expect(lines.map((l) => l.text).join(' ')).toBe(text);
      for (const line of lines) {
        expect(line.hangingWidth).toBe(0);
        for (const text of stretched(line)) expect(text).toMatch(/^ +$/);
      }
    }
  });

  it('hyphenates English words only where a line would be loose, never URLs or numbers', async () => {
    await loadHyphenation();
    const text =
      'The regulation sets obligations for providers and deployers of artificial intelligence systems, including transparency requirements and well-known prohibitions. See https://www.example.com/regulation/implementation for 2,000,000 characteristically unpronounceable examples.';
    const words = new Set(text.split(/\s+/));
    let hyphenated = 0;
    for (let width = 90; width <= 400; width += 7) {
      const options: TypesetOptions = { width, lineHeight: 14, align: 'justify', language: 'en' };
      const { lines } = composeLines([serif(text)], options, testFonts);
      // Taking the drawn hyphens (and the break spaces) away gives the text back.
      const joined = lines
        .map((l) => (l.hyphenated ? l.text.slice(0, -1) : l.text))
        .join('')
        .replace(/ /g, '');
      expect(joined).toBe(text.replace(/ /g, ''));
      lines.forEach((line, index) => {
        expect(line.width - line.hangingWidth).toBeLessThanOrEqual(line.available + 0.01);
        if (line.fill === 'justified') {
          expect(line.width + line.spacing * line.gaps).toBeCloseTo(line.available, 3);
        }
        if (!line.hyphenated) return;
        hyphenated++;
        expect(line.text.endsWith('-')).toBe(true);
        expect(line.segments.at(-1)!.text).toBe('-');
        expect(lines[index - 1]?.hyphenated, 'two hyphenated lines in a row').not.toBe(true);
        const head = line.text.split(' ').at(-1)!.slice(0, -1);
        const tail = lines[index + 1]!.text.split(' ')[0]!;
        const word = `${head}${tail}`;
        expect(words.has(word), `${head}- ${tail}`).toBe(true);
        expect(word).toMatch(/^\p{L}+[.,]?$/u);
        expect(head.length).toBeGreaterThanOrEqual(2);
      });
    }
    expect(hyphenated).toBeGreaterThan(10);
  });

  it('never hyphenates Japanese, headings or when turned off', async () => {
    await loadHyphenation();
    const text =
      'The regulation sets obligations for providers and deployers of artificial intelligence systems.';
    for (let width = 80; width <= 200; width += 9) {
      for (const extra of [
        { language: 'ja' },
        { language: 'en', phrases: true },
        { language: 'en', hyphenate: false },
        { language: 'fr' },
      ]) {
        const options: TypesetOptions = { width, lineHeight: 14, align: 'justify', ...extra };
        const { lines } = composeLines([serif(text)], options, testFonts);
        expect(lines.some((l) => l.hyphenated || l.text.endsWith('-'))).toBe(false);
      }
    }
  });

  it('stretches word spaces in a line with no Japanese in a Japanese paragraph', () => {
    const text =
      '首相は記者団に語った。The two leaders agreed to deepen the alliance and to meet again next year.';
    const { lines } = composeLines([serif(text)], ja(200, { firstLineIndent: 0 }), testFonts);
    const latin = lines.filter((l) => !l.last && /^[ -~“”]+$/.test(l.text));
    expect(latin.length).toBeGreaterThan(0);
    for (const line of latin) {
      expect(line.fill).toBe('justified');
      for (const text of stretched(line)) expect(text).toMatch(/^ +$/);
    }
  });

  it('centres lines when asked', () => {
    const { lines } = composeLines(
      [serif('あいう')],
      ja(100, { align: 'center', firstLineIndent: 0 }),
      testFonts,
    );
    expect(lines[0]!.x).toBeCloseTo((100 - lines[0]!.width) / 2, 5);
  });
});

describe('headings (phrases)', () => {
  const heading = '【速報】日米首脳会談2025:深化する同盟と未来を拓く戦略的パートナーシップ';
  const run = (text: string): StyledRun => ({ text, fontFamily: 'sans', fontWeight: 'bold', fontSize: 20 });
  const options = (width: number): TypesetOptions => ({
    width,
    lineHeight: 28,
    align: 'start',
    language: 'ja',
    phrases: true,
  });

  it('breaks only at BudouX phrase boundaries, inside a phrase only when it is wider than the line', () => {
    const boundaries = [0, ...phraseBoundaries(heading)];
    const phraseWidth = (from: number, to: number) =>
      composeLines([run(heading.slice(from, to))], { ...options(5000), phrases: false }, testFonts).lines[0]!
        .width;
    for (let width = 240; width <= 800; width += 20) {
      const { lines } = composeLines([run(heading)], options(width), testFonts);
      const context = `width ${width}: ${lines.map((l) => l.text).join(' | ')}`;
      for (const start of lineStarts([run(heading)], lines)) {
        if (boundaries.includes(start)) continue;
        const from = boundaries.filter((b) => b < start).at(-1)!;
        const to = boundaries.find((b) => b > start)!;
        expect(phraseWidth(from, to), `break at ${start} — ${context}`).toBeGreaterThan(width);
      }
      expect(
        lines.some((l) => l.text.endsWith('拓') || /\d$/.test(l.text)),
        context,
      ).toBe(false);
    }
  });

  it('breaks after a full-width colon or comma before breaking inside the phrase it ends', () => {
    // BudouX makes 「日米首脳会談2025：同盟の」 one phrase; the colon is where a typesetter breaks.
    const title = '日米首脳会談2025：同盟の深化と新たな戦略的パートナーシップ';
    expect(phraseBoundaries(title).has(title.indexOf('：') + 1)).toBe(true);
    const { lines } = composeLines([run(title)], options(300), testFonts);
    expect(lines.map((l) => l.text)).toEqual([
      '日米首脳会談2025：',
      '同盟の深化と新たな',
      '戦略的パートナーシップ',
    ]);
    const comma = composeLines(
      [run('高市首相とトランプ大統領が初の対面会談、抑止力の強化で一致')],
      options(300),
      testFonts,
    );
    expect(comma.lines.every((l) => !l.text.startsWith('、'))).toBe(true);
  });

  it('balances lines instead of leaving a stub', () => {
    for (let width = 300; width <= 700; width += 25) {
      const balanced = composeLines([run(heading)], options(width), testFonts).lines;
      const greedy = composeLines([run(heading)], { ...options(width), phrases: false }, testFonts).lines;
      if (balanced.length < 2) continue;
      const widths = balanced.map((l) => l.width);
      expect(balanced.length).toBeLessThanOrEqual(greedy.length + 1);
      expect(Math.max(...widths)).toBeLessThanOrEqual(width + 0.01);
      // The last line is not a stub: at least half as long as the longest.
      expect(widths.at(-1)!).toBeGreaterThan(Math.max(...widths) / 2);
    }
  });
});

describe('fonts, fallback and styles', () => {
  it('draws characters the run font lacks with a fallback family and reports every one', () => {
    const runs = [serif('絵文字🎌と記号、そして\u{10000}。')];
    const { lines, missing } = composeLines(runs, ja(400), testFonts);
    expect(missing).toEqual([
      { char: '🎌', runIndex: 0, offset: 3, fallback: 'emoji' },
      { char: '\u{10000}', runIndex: 0, offset: 12 },
    ]);
    const flag = lines[0]!.segments.find((s) => s.text.includes('🎌'))!;
    expect(flag.fontFamily).toBe('emoji');
    expect(flag.text).toBe('🎌');
  });

  it('keeps a citation mark with the text before it and sets it smaller', () => {
    const runs = [serif('あ'.repeat(9)), serif('[1]', { superscript: true }), serif('いう')];
    const { lines } = composeLines(runs, ja(100, { firstLineIndent: 0 }), testFonts);
    expect(lines[1]!.text.startsWith('[')).toBe(false);
    const mark = lines.flatMap((l) => l.segments).find((s) => s.superscript)!;
    expect(mark.fontSize).toBeCloseTo(6);
    expect(mark.text).toBe('[1]');
  });

  it('keeps run styles on segments', () => {
    const runs = [
      serif('前文'),
      serif('リンク', { href: 'https://example.com/', underline: true, color: '#1a4' }),
    ];
    const segments = composeLines(runs, ja(300), testFonts).lines[0]!.segments;
    expect(segments[1]).toMatchObject({
      text: 'リンク',
      href: 'https://example.com/',
      underline: true,
      color: '#1a4',
    });
  });

  it('breaks at newlines', () => {
    const { lines } = composeLines([serif('一行目\n二行目')], ja(300, { firstLineIndent: 0 }), testFonts);
    expect(lines.map((l) => l.text)).toEqual(['一行目', '二行目']);
    expect(lines[0]!.fill).toBe('natural');
  });

  it('names the fix for an unknown family and a bad width', () => {
    expect(() =>
      composeLines([{ text: 'あ', fontFamily: 'mincho', fontSize: 10 }], ja(100), testFonts),
    ).toThrow(/No font face for family "mincho".*Add a FontFace/);
    expect(() => composeLines([serif('あ')], ja(0), testFonts)).toThrow(/width must be a positive number/);
  });

  it('draws tabs as spaces and never draws carriage returns, soft hyphens or zero-width spaces', () => {
    const { lines } = composeLines(
      [serif('一\t二\r\n三\u00ad四\u200b五')],
      ja(300, { firstLineIndent: 0 }),
      testFonts,
    );
    expect(lines.map((l) => l.segments.map((s) => s.text).join(''))).toEqual(['一 二', '三四五']);
    // A zero-width space is a break opportunity, even between Latin letters.
    const narrow = composeLines(
      [serif('abcdefghij\u200bklmnopqrst')],
      ja(60, { firstLineIndent: 0 }),
      testFonts,
    );
    expect(narrow.lines.map((l) => l.text)).toEqual(['abcdefghij', 'klmnopqrst']);
  });

  it('parses each font file once and can forget it', () => {
    const src = testFonts.faces[0]!.src;
    const first = loadFont(src);
    expect(loadFont(src)).toBe(first);
    forgetFonts([src]);
    const reloaded = loadFont(src);
    expect(reloaded).not.toBe(first);
    expect(loadFont(src)).toBe(reloaded);
  });

  it('returns no lines for empty text', () => {
    expect(composeLines([serif('')], ja(100), testFonts)).toEqual({ lines: [], missing: [] });
  });
});

describe('one ellipsis form', () => {
  it('sets … after Latin text in its Japanese form in Japanese, and leaves English alone', () => {
    const ellipsisOf = (text: string, language: string) => {
      const { lines } = composeLines([serif(text)], { ...ja(400), language }, testFonts);
      const segment = lines[0]!.segments.find((s) => s.text.includes('…'))!;
      return { segment, width: lines[0]!.width };
    };
    const afterLatin = ellipsisOf('THE …', 'ja');
    const afterKanji = ellipsisOf('出発…', 'ja');
    expect(afterLatin.segment.text).toBe('…');
    expect(afterLatin.segment.japaneseForm).toBe(true);
    // The Japanese form is one em wide, the Latin one (Noto Serif JP) 0.9 em.
    expect(afterLatin.segment.width).toBeCloseTo(SIZE, 1);
    expect(afterKanji.segment.width).toBeCloseTo(SIZE, 1);
    const english = ellipsisOf('Wait…', 'en');
    expect(english.segment.japaneseForm).toBeUndefined();
    expect(english.width).toBeLessThan(
      composeLines([serif('Wait')], ja(400), testFonts).lines[0]!.width + SIZE * 0.95,
    );
  });
});
