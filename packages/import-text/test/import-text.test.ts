import { parseArticle } from '@kiji/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importPlainParagraphs } from '../src/import-text.js';
import { importText } from '../src/index.js';

describe('importText', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('returns a valid article for empty and blank text, with a placeholder title', () => {
    for (const text of ['', '\n\n', '   ', '---']) {
      const { article, warnings } = importText(text);
      expect(() => parseArticle(article)).not.toThrow();
      expect(article.meta.title).toBe('Untitled');
      expect(article.children).toEqual([]);
      expect(warnings.map((w) => w.code)).toContain('no-title');
    }
  });

  it('survives values that are not strings', () => {
    for (const value of [undefined, null, 42, {}]) {
      const { article } = importText(value as unknown as string);
      expect(() => parseArticle(article)).not.toThrow();
    }
  });

  it('never invents a date: not SOURCE_DATE_EPOCH, not 1970-01-01, not the clock', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1761609600');
    const stamped = importText('Title\n\nNo date here.');
    expect(stamped.article.meta.published).toBeUndefined();
    expect(stamped.warnings.find((w) => w.code === 'no-date')?.message).toContain('date is unknown');
    expect(importText('Title\n\nNo date here.', { published: '2025-10-28' }).article.meta.published).toBe(
      '2025-10-28',
    );
  });

  it('uses the language option when it is a BCP 47 tag, and reports a bad one', () => {
    expect(importText('見出し\n\n本文です。', { language: 'ja-JP' }).article.meta.language).toBe('ja-JP');
    const { article, warnings } = importText('見出し\n\n本文です。', { language: 'Japanese!' });
    expect(article.meta.language).toBe('ja');
    expect(warnings[0]).toMatchObject({ code: 'bad-option' });
  });

  it('turns Markdown links and bare URLs in paragraphs into links, keeping unsafe ones as text', () => {
    const { article, warnings } = importText(
      'Title\n\nSee [the report](https://example.org/r) and https://example.com/x. Not [this](javascript:evil).',
    );
    expect(article.children[0]).toEqual({
      type: 'lede',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'See ' },
            { type: 'link', url: 'https://example.org/r', children: [{ type: 'text', value: 'the report' }] },
            { type: 'text', value: ' and ' },
            {
              type: 'link',
              url: 'https://example.com/x',
              children: [{ type: 'text', value: 'https://example.com/x' }],
            },
            { type: 'text', value: '. Not this.' },
          ],
        },
      ],
    });
    expect(warnings.map((w) => w.code)).toContain('unsafe-link');
  });

  it('ends a bare URL at the first non-ASCII character', () => {
    const { article } = importText('見出し\n\n詳しくはhttps://example.com/a?b=cをご覧ください。');
    const paragraph = (article.children[0] as { children: { children: unknown[] }[] }).children[0]!;
    expect(paragraph.children).toEqual([
      { type: 'text', value: '詳しくは' },
      {
        type: 'link',
        url: 'https://example.com/a?b=c',
        children: [{ type: 'text', value: 'https://example.com/a?b=c' }],
      },
      { type: 'text', value: 'をご覧ください。' },
    ]);
  });

  it('reports a link warning on the line the link is on, inside a paragraph of joined lines', () => {
    const text = `Title\n\n${'A line long enough to be taken for a hard-wrapped line of text, '.repeat(1)}and\nmore with [x](javascript:y) here.`;
    const { warnings } = importText(text);
    expect(warnings.find((w) => w.code === 'unsafe-link')?.line).toBe(4);
  });

  it('gives the same output for the same input', () => {
    const text = '【速報】見出し\n\n2025年10月28日、会談した。\n\n1. 節\n\n本文。';
    expect(JSON.stringify(importText(text))).toBe(JSON.stringify(importText(text)));
  });
});

describe('importPlainParagraphs (the last resort)', () => {
  it('makes every non-blank line a paragraph and says why', () => {
    const { article, warnings } = importPlainParagraphs('first line\n\nsecond line', {}, new Error('boom'));
    expect(() => parseArticle(article)).not.toThrow();
    expect(article.meta.title).toBe('first line');
    expect(article.children).toHaveLength(2);
    expect(warnings[0]).toMatchObject({ code: 'fallback' });
    expect(warnings[0]!.message).toContain('boom');
  });
});
