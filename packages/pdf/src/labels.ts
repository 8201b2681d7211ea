import { isJapanese, type SourceKind } from '@kiji/core';

/** Words the document prints itself, per language. */
export interface Labels {
  conclusion: string;
  sources: string;
  notes: string;
  comments: string;
  truncated: string;
  kinds: Record<SourceKind, string>;
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
  conclusion: 'まとめ',
  sources: '出典',
  notes: '注',
  comments: '読者の声',
  truncated: '（後略）',
  kinds: {
    article: '記事',
    video: '動画',
    'live-stream': 'ライブ配信',
    'social-post': 'SNS投稿',
    'official-statement': '公式発表',
    other: 'その他',
  },
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
  conclusion: 'Conclusion',
  sources: 'Sources',
  notes: 'Notes',
  comments: 'Comments',
  truncated: ' […]',
  kinds: {
    article: 'Article',
    video: 'Video',
    'live-stream': 'Live stream',
    'social-post': 'Social media post',
    'official-statement': 'Official statement',
    other: 'Other',
  },
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
