import { describe, expect, test } from 'vitest';
import {
  article,
  checkArticleSize,
  checkInputSize,
  countBlocks,
  DEFAULT_LIMITS,
  isInputError,
  p,
  section,
  ul,
  utf8Length,
} from '../src/index.js';

describe('input limits', () => {
  test('utf8Length counts what TextEncoder would write', () => {
    for (const text of ['', 'abc', 'é', '日本語', '😀', 'a\uD800b', '\uDC00']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  test('countBlocks counts sections, paragraphs and list items, not phrasing', () => {
    const doc = article({
      meta: { title: 't', language: 'en', published: '2025-01-01' },
      children: [section('s', [p('a', 'b'), ul('x', 'y')])],
      sources: [],
    });
    expect(countBlocks(doc)).toBe(countBlocks(JSON.parse(JSON.stringify(doc))));
    // section, paragraph, list, two list items and their paragraphs
    expect(countBlocks(doc)).toBe(7);
  });

  test('over a limit is an InputError naming the limit and the option', () => {
    const doc = article({
      meta: { title: 't', language: 'en', published: '2025-01-01' },
      children: [p('a'), p('b'), p('c')],
      sources: [],
    });
    expect(() => checkArticleSize(doc, { maxBlocks: 3 })).not.toThrow();
    try {
      checkArticleSize(doc, { maxBlocks: 2 }, 'a.json');
      expect.unreachable();
    } catch (error) {
      expect(isInputError(error) && error.message).toContain('a.json: the article has 3 blocks');
      expect((error as Error).message).toContain('the maxBlocks option');
    }
    expect(() => checkInputSize('日本'.repeat(10), { maxInputBytes: 59 })).toThrow(
      /larger than the 59 bytes/,
    );
    expect(() => checkInputSize('日本'.repeat(10), { maxInputBytes: 60 })).not.toThrow();
    expect(DEFAULT_LIMITS).toEqual({
      maxInputBytes: 5 * 1024 * 1024,
      maxBlocks: 20_000,
      maxFieldChars: 2_000,
      maxParagraphChars: 20_000,
    });
  });

  test('a field or a paragraph over its limit is named by its JSON path, with the option to raise', () => {
    const doc = article({
      meta: { title: 't', kicker: 'k'.repeat(300_000), language: 'en', published: '2025-01-01' },
      children: [
        section('h'.repeat(1_000_000), [p('x'.repeat(1_000_000))]),
        { type: 'figure', src: `data:image/png;base64,${'A'.repeat(100_000)}`, alt: 'a' },
      ],
      sources: [
        {
          id: 's1',
          title: 'T',
          outlet: 'O',
          kind: 'article',
          url: `https://example.com/${'a'.repeat(3_000)}`,
        },
      ],
    });
    const error = (() => {
      try {
        checkArticleSize(doc, {}, 'a.json');
      } catch (caught) {
        return caught;
      }
    })();
    expect(isInputError(error) && error.problems).toEqual([
      {
        path: 'meta.kicker',
        message:
          '300000 characters, more than the 2000 Kiji sets in one field (a title, heading, caption, name or URL): shorten it, or raise the limit with the maxFieldChars option',
      },
      { path: 'sources[0].url', message: expect.stringMatching(/^3020 characters, more than the 2000/) },
      {
        path: 'children[0].heading',
        message: expect.stringMatching(/^1000000 characters, more than the 2000/),
      },
      {
        path: 'children[0].children[0]',
        message:
          'a paragraph of 1000000 characters, more than the 20000 Kiji sets in one: split it into paragraphs, or raise the limit with the maxParagraphChars option',
      },
    ]);
    expect(() =>
      checkArticleSize(doc, { maxFieldChars: 1_000_000, maxParagraphChars: 1_000_000 }),
    ).not.toThrow();
  });
});
