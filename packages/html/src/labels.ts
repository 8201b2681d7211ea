import { isJapanese, type SourceKind } from '@kiji/core';

/** Fixed words the HTML needs, per language. */
export interface Labels {
  /** Heading of the sources list. */
  sources: string;
  /** Heading of the notes list. */
  notes: string;
  /** Text before a note number in the mark, e.g. 注 in 注1. */
  noteMark: string;
  /** Heading of the reader comments. */
  comments: string;
  /** Heading of a conclusion that has none. */
  conclusion: string;
  /** Visible mark after a truncated quote. */
  truncated: string;
  /** Accessible description of the truncated mark. */
  truncatedLabel: string;
  /** Accessible label of a back-link from a source or note to the text. */
  backToText: string;
  /** Before the byline names. */
  byline: string;
  /** Before the update date. */
  updated: string;
  /** Before a source's access date. */
  accessed: string;
  /** Accessible name of the table-of-contents-free article landmark. */
  anonymous: string;
  /** Names of source kinds. */
  kinds: Record<SourceKind, string>;
  /** Separator between list items in running text (authors). */
  listSeparator: string;
}

const ja: Labels = {
  sources: '出典',
  notes: '注',
  noteMark: '注',
  comments: '読者のコメント',
  conclusion: 'まとめ',
  truncated: '（以下略）',
  truncatedLabel: '引用は途中までです',
  backToText: '本文へ戻る',
  byline: '文・',
  updated: '更新',
  accessed: '閲覧',
  anonymous: '匿名',
  kinds: {
    article: '記事',
    video: '動画',
    'live-stream': 'ライブ配信',
    'social-post': 'SNS投稿',
    'official-statement': '公式発表',
    other: 'その他',
  },
  listSeparator: '、',
};

const en: Labels = {
  sources: 'Sources',
  notes: 'Notes',
  noteMark: '',
  comments: 'Reader comments',
  conclusion: 'Conclusion',
  truncated: '[…]',
  truncatedLabel: 'quotation truncated',
  backToText: 'Back to the text',
  byline: 'By ',
  updated: 'Updated',
  accessed: 'accessed',
  anonymous: 'Anonymous',
  kinds: {
    article: 'Article',
    video: 'Video',
    'live-stream': 'Live stream',
    'social-post': 'Social media post',
    'official-statement': 'Official statement',
    other: 'Other',
  },
  listSeparator: ', ',
};

/** The labels for a BCP 47 language: Japanese for `ja*`, English otherwise. */
export const labelsFor = (language: string): Labels => (isJapanese(language) ? ja : en);
