import { isJapanese, nestQuotes, type Words, wordsFor } from '@kiji/core';

/** Words the document prints itself, per language. */
export interface Labels extends Words {
  byline: (names: string) => string;
  page: (page: number, total: number) => string;
  noteMark: (n: number) => string;
  sourceMark: (n: number, locator?: string) => string;
  quoteDash: string;
  titleQuote: (title: string) => string;
  accessed: (date: string) => string;
  missingFigure: string;
  /** Where a citation mark's link goes, as a screen reader announces it (the annotation's /Contents). */
  sourceEntry: (n: number, outlet: string) => string;
  /** Where a note mark's link goes. */
  noteEntry: (n: number) => string;
}

const ja: Labels = {
  ...wordsFor('ja'),
  byline: (names) => `文・${names}`,
  page: (page, total) => `${page} / ${total}`,
  noteMark: (n) => `※${n}`,
  sourceMark: (n, locator) => (locator ? `[${n}, ${locator}]` : `[${n}]`),
  quoteDash: '――',
  // Brackets inside a bracketed title become double brackets (入れ子の括弧): 「…『…』…」.
  titleQuote: (title) => `「${nestQuotes(title)}」`,
  accessed: (date) => `（${date}閲覧）`,
  missingFigure: '図版を表示できません',
  sourceEntry: (n, outlet) => `出典${n}：${outlet}`,
  noteEntry: (n) => `注${n}`,
};

const en: Labels = {
  ...wordsFor('en'),
  // Set after the quote's last word, so it needs its own space.
  truncated: ` ${wordsFor('en').truncated}`,
  byline: (names) => `By ${names}`,
  page: (page, total) => `Page ${page} of ${total}`,
  noteMark: (n) => `${n}`,
  sourceMark: (n, locator) => (locator ? `[${n}, ${locator}]` : `[${n}]`),
  quoteDash: '—',
  titleQuote: (title) => `“${nestQuotes(title)}”`,
  accessed: (date) => `(accessed ${date})`,
  missingFigure: 'Figure not available',
  sourceEntry: (n, outlet) => `Source ${n}: ${outlet}`,
  noteEntry: (n) => `Note ${n}`,
};

/** The labels for an article's language (Japanese or English). */
export const labelsFor = (language: string): Labels => (isJapanese(language) ? ja : en);
