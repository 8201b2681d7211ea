import { isJapanese } from '@kiji/core';

/** Fixed words of the EPUB's own pages, per language. */
export interface EpubLabels {
  /** Title of the navigation document. */
  toc: string;
  /** Heading of the landmarks list. */
  landmarks: string;
  /** The cover page. */
  cover: string;
  /** Start of the text. */
  text: string;
  /** The colophon (奥付). */
  colophon: string;
  /** Colophon rows. */
  published: string;
  updated: string;
  publisher: string;
  authors: string;
  identifier: string;
  fonts: string;
  /** Sentence introducing the font licence. */
  fontNotice: (names: string) => string;
  /** Accessible name of the cover image. */
  coverImage: (title: string) => string;
}

const ja: EpubLabels = {
  toc: '目次',
  landmarks: 'ランドマーク',
  cover: '表紙',
  text: '本文',
  colophon: '奥付',
  published: '発行',
  updated: '更新',
  publisher: '発行者',
  authors: '著者',
  identifier: '識別子',
  fonts: 'フォント',
  fontNotice: (names) =>
    `本書は${names}を埋め込んでいます。これらのフォントは SIL Open Font License 1.1 のもとで提供されています。`,
  coverImage: (title) => `表紙：${title}`,
};

const en: EpubLabels = {
  toc: 'Contents',
  landmarks: 'Landmarks',
  cover: 'Cover',
  text: 'Text',
  colophon: 'Colophon',
  published: 'Published',
  updated: 'Updated',
  publisher: 'Publisher',
  authors: 'Authors',
  identifier: 'Identifier',
  fonts: 'Fonts',
  fontNotice: (names) => `This book embeds ${names}, licensed under the SIL Open Font License 1.1.`,
  coverImage: (title) => `Cover: ${title}`,
};

/** The labels for a BCP 47 language: Japanese for `ja*`, English otherwise. */
export const epubLabelsFor = (language: string): EpubLabels => (isJapanese(language) ? ja : en);
