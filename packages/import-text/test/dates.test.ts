import { describe, expect, it } from 'vitest';
import { findFirstDate, findYear, isIsoDate, toIsoDate } from '../src/dates.js';

describe('findFirstDate', () => {
  it.each([
    ['2025年10月28日、会談が開かれた。', '2025-10-28'],
    ['２０２５年１０月２８日', '2025-10-28'],
    ['令和7年10月28日', '2025-10-28'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['Published 2025-10-28T09:00', '2025-10-28'],
    ['2025/10/28 更新', '2025-10-28'],
    ['October 28, 2025', '2025-10-28'],
    ['Oct. 28, 2025', '2025-10-28'],
    ['Sept 3 2024', '2024-09-03'],
    ['28 Oct 2025', '2025-10-28'],
    ['the 1st of March, 2024', '2024-03-01'],
  ])('reads %j as %s', (text, iso) => {
    expect(findFirstDate(text)?.iso).toBe(iso);
  });

  it('takes the first date in the text', () => {
    expect(findFirstDate('Updated 29 Oct 2025; first published October 28, 2025')?.iso).toBe('2025-10-29');
    expect(findFirstDate('October 28, 2025 and 2024-01-01')?.iso).toBe('2025-10-28');
  });

  it('reads wire datelines without a year as yearless', () => {
    expect(findFirstDate('TOKYO, Oct. 28 (Reuters) - Talks began.')).toEqual({
      iso: '0000-10-28',
      index: 0,
      yearless: true,
    });
    expect(findFirstDate('WASHINGTON, D.C., Nov. 4 (AP) -')?.yearless).toBe(true);
    expect(findFirstDate('Tokyo, Oct. 28 is the date')).toBeUndefined();
  });

  it.each(['2025年2月30日', '2025-13-01', 'February 30, 2025', '10月28日', '2025', 'v1.2.3', '1.2.2025.4'])(
    'finds no date in %j',
    (text) => {
      expect(findFirstDate(text)).toBeUndefined();
    },
  );
});

describe('date helpers', () => {
  it('validates calendar dates, leap years included', () => {
    expect(toIsoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(toIsoDate(2025, 2, 29)).toBeUndefined();
    expect(isIsoDate('2025-10-28')).toBe(true);
    expect(isIsoDate('2025-10-28T09:53:00+09:00')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('28/10/2025')).toBe(false);
  });

  it('finds the first plausible year', () => {
    expect(findYear('in 1850 and in 2024')).toBe(2024);
    expect(findYear('no year here, 12345')).toBeUndefined();
  });
});
