import type { Comment } from '@kiji/core';
import { readDateLine } from '../dates.js';
import { displayWidth, endsSentence } from '../text.js';
import type { Line } from '../types.js';
import { classifyFurniture } from './drop-boilerplate.js';

/** The heading of a page's comment area: コメント, 3件のコメント, 2 Comments, 5 thoughts on "…". */
const COMMENT_HEADING =
  /^((\d+\s*件の)?コメント(\s*[(（]?\d+[)）]?)?|(\d+\s+)?(comments?|responses?|replies)(\s*\(\d+\))?|\d+\s+(thoughts|replies|responses|comments) on .{1,200})$/iu;
/** "Reply" buttons under each comment. */
const REPLY = /^(返信|返信する|reply|reply ↓|↓ reply|いいね|like)$/iu;
/** "山田 より:", "Alex says:" after a commenter's name. */
const SAYS = /(?<!\s)\s*(より|says|said|wrote)\s*[:：]?$/iu;

/** The comments found and the lines with them blanked out. */
export interface CommentsResult {
  comments: Comment[];
  lines: Line[];
}

/**
 * Reader comments under the page's comment heading: each a short name line, a date line and
 * the comment's lines, up to a 返信 / Reply button, the next name and date, or the comment
 * form. The heading and form lines are left for dropBoilerplate; when no comment has that
 * shape, nothing changes.
 */
export function findComments(lines: Line[]): CommentsResult {
  const heading = lines.findIndex((line) => COMMENT_HEADING.test(line.text.normalize('NFKC')));
  if (heading < 0) return { comments: [], lines };
  const taken = new Set<number>();
  const comments: Comment[] = [];
  const rest = lines.slice(heading + 1).filter((line) => line.text !== '');
  let index = 0;
  while (index < rest.length) {
    const start = readCommentStart(rest, index);
    if (start === undefined) {
      // The comment area ends at the first line that is neither a comment nor furniture.
      // Before the first comment only a few lines (form labels, a count) may come.
      if (comments.length === 0 && index >= 8) break;
      if (
        comments.length === 0 ||
        classifyFurniture(rest[index]!.text) !== undefined ||
        REPLY.test(rest[index]!.text)
      ) {
        index++;
        continue;
      }
      break;
    }
    const { author, published } = start;
    taken.add(rest[index]!.number);
    taken.add(rest[index + 1]!.number);
    index += 2;
    const body: string[] = [];
    while (index < rest.length) {
      const line = rest[index]!;
      if (REPLY.test(line.text)) {
        taken.add(line.number);
        index++;
        break;
      }
      if (readCommentStart(rest, index) !== undefined || classifyFurniture(line.text) !== undefined) break;
      body.push(line.text);
      taken.add(line.number);
      index++;
    }
    const comment: Comment = {
      type: 'comment',
      author,
      published,
      children: body.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })),
    };
    comments.push(comment);
  }
  if (comments.length === 0) return { comments: [], lines };
  return {
    comments,
    lines: lines.map((line) => (taken.has(line.number) ? { ...line, text: '' } : line)),
  };
}

/** A name line followed by a date line starts a comment. */
function readCommentStart(lines: Line[], index: number): { author: string; published: string } | undefined {
  const name = lines[index]?.text;
  const date = lines[index + 1]?.text;
  if (name === undefined || date === undefined) return undefined;
  const author = name.replace(SAYS, '').trim();
  if (
    author === '' ||
    displayWidth(author) > 40 ||
    endsSentence(author) ||
    readDateLine(name) !== undefined
  ) {
    return undefined;
  }
  if (classifyFurniture(name) !== undefined) return undefined;
  const when = readDateLine(date);
  // Only a plain date line: other words on it would be lost.
  if (when === undefined || when.yearless || when.otherWords) return undefined;
  return { author, published: when.iso };
}
