import { isJapanese, type Words, wordsFor } from '@kiji/core';

/** Fixed words the HTML needs, per language. */
export interface Labels extends Words {
  /** Text before a note number in the mark, e.g. 注 in 注1. */
  noteMark: string;
  /** Accessible description of the truncated mark. */
  truncatedLabel: string;
  /** Accessible label of a back-link from a source or note to the text. */
  backToText: string;
  /** Before the byline names. */
  byline: string;
  /** Before a source's access date. */
  accessed: string;
  /** Accessible name of the table-of-contents-free article landmark. */
  anonymous: string;
}

const ja: Labels = {
  ...wordsFor('ja'),
  noteMark: '注',
  truncatedLabel: '引用は途中までです',
  backToText: '本文へ戻る',
  byline: '文・',
  accessed: '閲覧',
  anonymous: '匿名',
};

const en: Labels = {
  ...wordsFor('en'),
  noteMark: '',
  truncatedLabel: 'quotation truncated',
  backToText: 'Back to the text',
  byline: 'By ',
  accessed: 'accessed',
  anonymous: 'Anonymous',
};

/** The labels for a BCP 47 language: Japanese for `ja*`, English otherwise. */
export const labelsFor = (language: string): Labels => (isJapanese(language) ? ja : en);
