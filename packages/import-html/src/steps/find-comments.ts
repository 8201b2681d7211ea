import { type Comment, dateProblem } from '@kiji/core';
import { isIsoDate } from '@kiji/import-text';
import type { Context } from '../context.js';
import { toPhrasing } from '../inline.js';

const ITEMS =
  'li.comment, article.comment, div.comment, [itemtype*="schema.org/Comment" i], .comment-list > li, .commentlist > li, .comments-list > li';
const AUTHOR = '.fn, .comment-author, .comment-name, [itemprop="author"], .author';
const BODY = '.comment-content, .comment-body, .comment-text, [itemprop="text"]';

/**
 * Readers' comments in the usual blog markup (WordPress-style lists: an item per comment with
 * the commenter's name, a <time datetime> and the text) become the article's `comments`, as the
 * text importer keeps them; reply buttons are dropped. Comments in any other markup are dropped
 * with the page's other furniture, and reported there. The items are removed from the page.
 */
export function findComments(document: Document, context: Context, language: string): Comment[] {
  const comments: Comment[] = [];
  const items = [...document.querySelectorAll(ITEMS)].filter(
    (item) => !item.parentElement?.closest(ITEMS) && item.querySelector(BODY) !== null,
  );
  for (const item of items) {
    const author = item
      .querySelector(AUTHOR)
      ?.textContent?.replace(/[ \t\n\f\r]+/gu, ' ')
      .trim()
      .replace(/(より|says)\s*[:：]?$/u, '')
      .trim();
    const datetime = item.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
    const body = item.querySelector(BODY)!;
    const blocks = [...body.querySelectorAll('p')];
    const paragraphs = (blocks.length > 0 ? blocks.map((p) => [...p.childNodes]) : [[...body.childNodes]])
      .map((nodes) => toPhrasing(nodes, { ...context, sources: [], sourceIdsByUrl: new Map() }, language))
      .filter((children) => children.length > 0)
      // Reader comments cite nothing: links stay links, but no source is made of them.
      .map((children) => ({
        type: 'paragraph' as const,
        children: children.filter((node) => node.type !== 'sourceReference'),
      }));
    item.remove();
    if (paragraphs.length === 0) continue;
    const comment: Comment = { type: 'comment', children: paragraphs };
    if (author) comment.author = author;
    if (datetime && isIsoDate(datetime) && dateProblem(datetime) === undefined) comment.published = datetime;
    comments.push(comment);
  }
  if (comments.length > 0) {
    context.warnings.push({
      code: 'comments',
      message: `kept ${comments.length} reader comment${comments.length === 1 ? '' : 's'} as the article's comments`,
    });
  }
  return comments;
}
