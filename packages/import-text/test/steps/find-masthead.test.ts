import { describe, expect, it } from 'vitest';
import { findMasthead } from '../../src/steps/find-masthead.js';
import { toLines } from '../helpers.js';

const masthead = (text: string) => findMasthead(toLines(text));

describe('findMasthead', () => {
  it('splits a 【】 kicker off the title and takes a short label under it as the site', () => {
    const result = masthead('【速報】会談で合意\n\nニュース速報\n\n2025年10月28日、両首脳は会談した。');
    expect(result.masthead).toEqual({
      title: '会談で合意',
      titleLine: 1,
      kicker: '速報',
      siteLabel: 'ニュース速報',
      authors: [],
    });
    expect(result.published).toEqual({ iso: '2025-10-28', line: 5 });
    // Masthead lines are blanked; the body keeps its line numbers.
    expect(result.lines.map((line) => line.text)).toEqual([
      '',
      '',
      '',
      '',
      '2025年10月28日、両首脳は会談した。',
    ]);
  });

  it.each([
    ['[詳報]見出し', '詳報', '見出し'],
    ['BREAKING: Markets fall', 'BREAKING', 'Markets fall'],
    ['# Markdown title', undefined, 'Markdown title'],
  ])('reads the kicker of %j', (line, kicker, title) => {
    const result = masthead(`${line}\n\nBody text that is long enough to be a paragraph of the article.`);
    expect(result.masthead.kicker).toBe(kicker);
    expect(result.masthead.title).toBe(title);
  });

  it('reads bylines and date lines under the title', () => {
    const result = masthead(
      'Title\nPosted on March 3, 2024 by Alex Kim and Sam Lee\n\nThe body starts here.',
    );
    expect(result.masthead.authors).toEqual([{ name: 'Alex Kim' }, { name: 'Sam Lee' }]);
    expect(result.published?.iso).toBe('2024-03-03');
    const ja = masthead('見出し\n投稿日：2024年3月5日\n文：編集部 佐藤\n\n本文です。');
    expect(ja.masthead.authors).toEqual([{ name: '編集部 佐藤' }]);
    expect(ja.masthead.siteLabel).toBeUndefined();
  });

  it('splits a site name off a title written as "Headline | Site"', () => {
    const result = masthead('日米首脳会談で合意｜東西ニュース\n\n本文です。');
    expect(result.masthead).toMatchObject({ title: '日米首脳会談で合意', siteLabel: '東西ニュース' });
    expect(masthead('Talks end | Example Times\n\nBody text.').masthead.title).toBe('Talks end');
    expect(masthead('A|B\n\nBody text.').masthead.title).toBe('A|B');
  });

  it('needs a separator after a byline keyword', () => {
    expect(masthead('Title\nByron Smith wrote this\n\nBody.').masthead.authors).toEqual([]);
    expect(masthead('Title\nBy: Jane Roe\n\nBody.').masthead.authors).toEqual([{ name: 'Jane Roe' }]);
    expect(masthead('見出し\n記者 山田太郎\n\n本文。').masthead.authors).toEqual([{ name: '山田太郎' }]);
    expect(masthead('見出し\n文章の書き方\n\n本文。').masthead.authors).toEqual([]);
  });

  it('does not take a heading word or a numbered heading for the site label', () => {
    expect(masthead('Title\n\nIntroduction\n\nText.').masthead.siteLabel).toBeUndefined();
    expect(masthead('Title\n\n1. First part\n\nText.').masthead.siteLabel).toBeUndefined();
  });

  it('finds no title when the text starts with body text', () => {
    expect(masthead('これは本文の一文です。\n次の文。').masthead.title).toBeUndefined();
    const wrapped =
      'The meeting ran long and most of the questions were about parking, which surprised\nthe organisers.';
    expect(masthead(wrapped).masthead.title).toBeUndefined();
    expect(masthead('• a list item\n• another').masthead.title).toBeUndefined();
    expect(masthead('').masthead.title).toBeUndefined();
  });

  it('completes a wire dateline with the first year written in the text', () => {
    const result = masthead(
      'Headline\n\nTOKYO, Oct. 28 (Reuters) - Talks began.\n\nTrade hit a record in 2025.',
    );
    expect(result.published).toEqual({ iso: '2025-10-28', line: 3 });
    expect(masthead('Headline\n\nTOKYO, Oct. 28 (Reuters) - Talks began.').published).toBeUndefined();
  });

  it('completes a date line without a year (10/28(火) 9:53配信) with the first year in the input', () => {
    const lines = toLines('見出し\n\n10/28(火) 9:53配信\n\n本文です。');
    expect(findMasthead(lines, 'Copyright 2025').published).toEqual({ iso: '2025-10-28', line: 3 });
    expect(findMasthead(lines, 'Copyright 2025').lines[2]!.text).toBe('');
    expect(findMasthead(lines).published).toBeUndefined();
    // In running text a bare 10月28日 is not a date.
    expect(
      findMasthead(toLines('見出し\n\n10月28日に会談が開かれた。2025年の話です。')).published,
    ).toBeUndefined();
  });
});
