import { isInputError } from '@kiji/core';
import { describe, expect, test } from 'vitest';
import { MAX_DELIMITERS_PER_PARAGRAPH, parseMarkdownWithPlaces } from '../src/index.js';
import { tameDelimiters } from '../src/tame-delimiters.js';

// micromark's emphasis and link matching takes time quadratic in the marks of one paragraph:
// paragraphs over the cap are read with their marks as plain characters, and say so.

const FRONT = '---\ntitle: t\nlanguage: en\npublished: 2025-10-28\n---\n\n';

describe('paragraphs with more emphasis marks or brackets than Kiji reads', () => {
  test('a run of * around one letter is text, with a warning naming its line', () => {
    const stars = '*'.repeat(4000);
    const { article, warnings } = parseMarkdownWithPlaces(`${FRONT}Intro *kept*.\n\n${stars}a${stars}\n`);
    expect(article.children[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Intro ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'kept' }] },
        { type: 'text', value: '.' },
      ],
    });
    expect(article.children[1]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', value: `${stars}a${stars}` }],
    });
    expect(warnings).toEqual([
      expect.objectContaining({
        line: 9,
        code: 'delimiters',
        message: expect.stringContaining('8000 emphasis marks'),
      }),
    ]);
  });

  test('a paragraph at the cap is Markdown as usual', () => {
    const words = '*a* '.repeat(MAX_DELIMITERS_PER_PARAGRAPH / 2);
    const { article, warnings } = parseMarkdownWithPlaces(`${FRONT}${words}\n`);
    expect(warnings).toEqual([]);
    const paragraph = article.children[0];
    expect(
      paragraph?.type === 'paragraph' && paragraph.children.filter((c) => c.type === 'emphasis'),
    ).toHaveLength(MAX_DELIMITERS_PER_PARAGRAPH / 2);
  });

  test('brackets over the cap are text too', () => {
    const { article, warnings } = parseMarkdownWithPlaces(`${FRONT}${'['.repeat(300)}a${']'.repeat(300)}\n`);
    expect(article.children[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', value: `${'['.repeat(300)}a${']'.repeat(300)}` }],
    });
    expect(warnings[0]?.message).toContain('600 brackets');
  });

  test('problems after an escaped paragraph keep their line and column as written', () => {
    const text = `${FRONT}${'_'.repeat(300)} <b>x</b>\n\nSee <i>y</i>.\n`;
    try {
      parseMarkdownWithPlaces(text);
      expect.unreachable();
    } catch (error) {
      if (!isInputError(error)) throw error;
      const places = error.problems.map(({ line, column }) => `${line}:${column}`);
      // `<b>` starts at column 302 of line 7 as written (300 underscores and a space before it).
      expect(places).toContain('7:302');
      expect(places).toContain('9:5');
    }
  });

  test('front matter, fenced code and {attributes} are never escaped', () => {
    const marks = '*'.repeat(250);
    const text = `---\ntitle: "${marks}"\n---\n\n## Head {#a_b}\n\n\`\`\`\n${marks}\n\`\`\`\n\n${marks} {#x_y}\n`;
    const tamed = tameDelimiters(text);
    expect(tamed.paragraphs.map((p) => p.line)).toEqual([11]);
    const inserted = tamed.inserted.map((at) => text[at]);
    expect(inserted).toHaveLength(250);
    expect(new Set(inserted)).toEqual(new Set(['*']));
    expect(tamed.text).toContain('{#x_y}');
    expect(tamed.text).toContain(`title: "${marks}"`);
  });
});
