import { isJapanese, type Words, wordsFor } from '@kiji/core';

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
}

const ja: Labels = {
  ...wordsFor('ja'),
  byline: (names) => `文・${names}`,
  page: (page, total) => `${page} / ${total}`,
  noteMark: (n) => `※${n}`,
  sourceMark: (n, locator) => (locator ? `[${n}, ${locator}]` : `[${n}]`),
  quoteDash: '――',
  // Brackets inside a bracketed title become double brackets (入れ子の括弧): 「…『…』…」.
  titleQuote: (title) => `「${title.replaceAll('「', '『').replaceAll('」', '』')}」`,
  accessed: (date) => `（${date}閲覧）`,
  missingFigure: '図版を表示できません',
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
  titleQuote: (title) => `“${title}”`,
  accessed: (date) => `(accessed ${date})`,
  missingFigure: 'Figure not available',
};

/** The labels for an article's language (Japanese or English). */
export const labelsFor = (language: string): Labels => (isJapanese(language) ? ja : en);
