import type { Handlers } from '../options.js';
import { aside, figure, list, listItem, paragraph, quote, termItem, termList } from './blocks.js';
import { masthead } from './masthead.js';
import { comment, comments, note, notes, source, sources } from './matter.js';
import { emphasis, lineBreak, link, noteReference, sourceReference, strong, text } from './phrasing.js';
import { article, conclusion, lede, section } from './structure.js';
import { throwUnknown } from './unknown.js';

/** The default handler of every node type and part; `toHtml` merges `options.handlers` over these. */
export const defaultHandlers: Handlers = {
  article,
  lede,
  section,
  conclusion,
  paragraph,
  quote,
  list,
  listItem,
  termList,
  termItem,
  figure,
  aside,
  text,
  emphasis,
  strong,
  link,
  break: lineBreak,
  sourceReference,
  noteReference,
  note,
  comment,
  masthead,
  sources,
  source,
  notes,
  comments,
  unknown: throwUnknown,
};
