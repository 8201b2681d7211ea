import type { SourceKind } from '../model.js';
import { isJapanese } from './dates.js';

/** The fixed words every output prints the same way, per language, so PDF, HTML and EPUB agree. */
export interface Words {
  /** Heading of the sources list. */
  sources: string;
  /** Heading of the notes list. */
  notes: string;
  /** Heading of the reader comments. */
  comments: string;
  /** Heading of a conclusion written without one. */
  conclusion: string;
  /** Mark after a quotation cut off in its source. */
  truncated: string;
  /** Names of the source kinds. */
  kinds: Readonly<Record<SourceKind, string>>;
  /** Separator between names in running text. */
  listSeparator: string;
  /** Heading of an edition's table of contents. */
  contents: string;
  /** An edition's number as printed, e.g. 第12号. */
  editionNumber: (n: number) => string;
  /** The end of a shortened list of an edition's articles. */
  moreArticles: (n: number) => string;
  /** Before the date of the last update in the masthead. */
  updated: string;
}

const ja: Words = {
  sources: '出典',
  notes: '注',
  comments: '読者のコメント',
  conclusion: 'まとめ',
  truncated: '（後略）',
  kinds: {
    article: '記事',
    video: '動画',
    'live-stream': 'ライブ配信',
    'social-post': 'SNS投稿',
    'official-statement': '公式発表',
    other: 'その他',
  },
  listSeparator: '、',
  contents: '目次',
  editionNumber: (n) => `第${n}号`,
  moreArticles: (n) => `ほか${n}本（目次を参照）`,
  updated: '更新',
};

const en: Words = {
  sources: 'Sources',
  notes: 'Notes',
  comments: 'Reader comments',
  conclusion: 'Conclusion',
  truncated: '[…]',
  kinds: {
    article: 'Article',
    video: 'Video',
    'live-stream': 'Live stream',
    'social-post': 'Social media post',
    'official-statement': 'Official statement',
    other: 'Other',
  },
  listSeparator: ', ',
  contents: 'Contents',
  editionNumber: (n) => `No. ${n}`,
  moreArticles: (n) => `and ${n} more (see Contents)`,
  updated: 'Updated',
};

/** The words for a BCP 47 language: Japanese for `ja*`, English otherwise. */
export const wordsFor = (language: string): Words => (isJapanese(language) ? ja : en);
