import { describe, expect, test } from 'vitest';
import {
  canBreakBetween,
  escapeRegExp,
  findUnbalancedBrackets,
  formatDate,
  hasCjk,
  isLineEndProhibited,
  isLineStartProhibited,
  isSafeUrl,
  nestQuotes,
  parseSourceDateEpoch,
} from '../src/index.js';

describe('line-break classes', () => {
  test.each([...'。、」』）！？・ーっゃァ々'])('%s may not start a line', (char) => {
    expect(isLineStartProhibited(char)).toBe(true);
  });
  test.each([...'「『（【〔“'])('%s may not end a line', (char) => {
    expect(isLineEndProhibited(char)).toBe(true);
    expect(isLineStartProhibited(char)).toBe(false);
  });
  test('ordinary kana and kanji break freely; cl-08 pairs do not', () => {
    expect(canBreakBetween('日', '本')).toBe(true);
    expect(canBreakBetween('本', '。')).toBe(false);
    expect(canBreakBetween('「', '日')).toBe(false);
    expect(canBreakBetween('…', '…')).toBe(false);
    expect(canBreakBetween('—', '—')).toBe(false);
  });
  test('hasCjk', () => {
    expect(hasCjk('abc')).toBe(false);
    expect(hasCjk('abc日本')).toBe(true);
  });
});

describe('findUnbalancedBrackets', () => {
  test('balanced nesting passes', () => {
    expect(findUnbalancedBrackets('「日米同盟の『黄金時代』を共に」（毎日）')).toEqual([]);
  });
  test('an unclosed bracket is found with its partner', () => {
    expect(findUnbalancedBrackets('防衛費は「日本とし')).toEqual([
      { offset: 4, char: '「', kind: 'unclosed', expected: '」' },
    ]);
  });
  test('a stray closing bracket is found', () => {
    expect(findUnbalancedBrackets('終わり」')).toEqual([{ offset: 3, char: '」', kind: 'unopened' }]);
  });
  test('crossed brackets are mismatched', () => {
    expect(findUnbalancedBrackets('「『」')[0]).toMatchObject({ char: '『', kind: 'mismatched' });
  });
});

describe('isSafeUrl', () => {
  test.each(['https://example.com', 'http://example.com/a?b=c', 'mailto:desk@example.com'])(
    '%s is allowed',
    (url) => {
      expect(isSafeUrl(url)).toBe(true);
    },
  );
  test.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,x',
    'ftp://x',
    '/relative',
    'vbscript:x',
    '',
  ])('%s is refused', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe('formatDate', () => {
  test('Japanese and English forms, no time-zone shift', () => {
    expect(formatDate('2025-10-28', 'ja')).toBe('2025年10月28日');
    expect(formatDate('2025-10-28T23:30:00-09:00', 'ja-JP')).toBe('2025年10月28日');
    expect(formatDate('2025-10-28', 'en')).toBe('28 October 2025');
  });
});

describe('nestQuotes', () => {
  test('switches quotation marks inside a quoted title to the inner form', () => {
    expect(nestQuotes('日米首脳会談、抑止力強化で合意 「日米同盟の黄金時代を共に」')).toBe(
      '日米首脳会談、抑止力強化で合意 『日米同盟の黄金時代を共に』',
    );
    expect(nestQuotes('専用機「エアフォース・ワン」で出発')).toBe('専用機『エアフォース・ワン』で出発');
    // A third level goes back to 「」; 『』 written inside is the second level already.
    expect(nestQuotes('「甲『乙「丙」』」')).toBe('『甲「乙『丙』」』');
    expect(nestQuotes('The “AI Act” explained')).toBe('The ‘AI Act’ explained');
    expect(nestQuotes('It’s the “rock ‘n’ roll” era')).toBe('It’s the ‘rock “n” roll’ era');
  });

  test('leaves marks that do not pair up as written', () => {
    expect(nestQuotes('閉じない「括弧')).toBe('閉じない「括弧');
    expect(nestQuotes('開かない」括弧')).toBe('開かない」括弧');
    expect(nestQuotes('no quotes here')).toBe('no quotes here');
  });
});

describe('parseSourceDateEpoch', () => {
  test('reads whole seconds and treats empty as unset', () => {
    expect(parseSourceDateEpoch('1761609600')?.toISOString()).toBe('2025-10-28T00:00:00.000Z');
    expect(parseSourceDateEpoch(' 0 ')?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(parseSourceDateEpoch(undefined)).toBeUndefined();
    expect(parseSourceDateEpoch('  ')).toBeUndefined();
  });

  test('refuses anything else with the variable named', () => {
    for (const bad of ['-1', '1.5', 'yesterday', '253402300800']) {
      expect(() => parseSourceDateEpoch(bad)).toThrow(/SOURCE_DATE_EPOCH: ".*" is not a whole number/);
    }
  });
});

describe('escapeRegExp', () => {
  test('a pattern built from any text matches exactly that text, with and without the u flag', () => {
    const text = 'a.b*c+d?(e)[f]{g}|h^i$j\\k/l-m 日本 (株)';
    for (const flags of ['', 'u']) {
      const pattern = new RegExp(`^${escapeRegExp(text)}$`, flags);
      expect(pattern.test(text)).toBe(true);
      expect(pattern.test(text.replace('.', 'x'))).toBe(false);
    }
  });
});
