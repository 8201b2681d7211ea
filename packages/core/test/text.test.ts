import { describe, expect, test } from 'vitest';
import {
  canBreakBetween,
  findUnbalancedBrackets,
  formatDate,
  hasCjk,
  isLineEndProhibited,
  isLineStartProhibited,
  isSafeUrl,
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
