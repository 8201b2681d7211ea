import { describe, expect, it } from 'vitest';
import { findComments } from '../../src/steps/find-comments.js';
import { toLines } from '../helpers.js';

const comments = (text: string) => findComments(toLines(text));

describe('findComments', () => {
  it('reads name, date and body under the comment heading, up to the Reply button', () => {
    const text =
      'Body.\n\n2 Comments\n\nMaria says:\nMarch 4, 2024 at 10:15 am\nThanks.\nReply\n\nKen\nMarch 5, 2024\nNo.\n\nLeave a Reply';
    const result = comments(text);
    expect(result.comments).toEqual([
      {
        type: 'comment',
        author: 'Maria',
        published: '2024-03-04',
        children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Thanks.' }] }],
      },
      {
        type: 'comment',
        author: 'Ken',
        published: '2024-03-05',
        children: [{ type: 'paragraph', children: [{ type: 'text', value: 'No.' }] }],
      },
    ]);
    // Comment lines are blanked; the heading and the form stay for dropBoilerplate to report.
    expect(result.lines.map((line) => line.text).filter((line) => line !== '')).toEqual([
      'Body.',
      '2 Comments',
      'Leave a Reply',
    ]);
  });

  it('changes nothing when no comment has a name and a date', () => {
    const text = 'Body.\n\nコメント\n\nタイトルとURLをコピーしました';
    const result = comments(text);
    expect(result.comments).toEqual([]);
    expect(result.lines.map((line) => line.text)).toEqual(toLines(text).map((line) => line.text));
  });

  it('does not take body text far below a stray comment heading for comments', () => {
    const filler = Array.from({ length: 10 }, (_, index) => `Paragraph ${index} of the article.`).join(
      '\n\n',
    );
    expect(comments(`Comments\n\n${filler}\n\nAlex Kim\nMarch 3, 2024\nText.`).comments).toEqual([]);
  });

  it('needs a full date: a name over a yearless dateline is not a comment', () => {
    expect(comments('コメント\n\n山田\nTOKYO, Oct. 28 (Reuters) -\n本文。').comments).toEqual([]);
  });
});
