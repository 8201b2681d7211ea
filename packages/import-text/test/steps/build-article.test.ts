import { parseArticle } from '@kiji/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildArticle, resolveLanguage } from '../../src/steps/build-article.js';
import type { Draft } from '../../src/types.js';
import { makeContext } from '../helpers.js';

const draft = (over: Partial<Draft> = {}): Draft => ({
  masthead: { title: '見出し', authors: [] },
  body: [],
  parts: [],
  ...over,
});

describe('buildArticle', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('assembles meta, lede, sections, conclusion and sources into a valid article', () => {
    const context = makeContext();
    const article = buildArticle(
      draft({
        masthead: { title: '見出し', kicker: '速報', siteLabel: 'サイト', authors: [{ name: '山田' }] },
        lede: { kind: 'paragraph', line: 3, text: 'リード。' },
        parts: [
          {
            kind: 'section',
            line: 5,
            number: '1',
            heading: '節',
            blocks: [
              {
                kind: 'quote',
                line: 8,
                truncated: true,
                sourceId: 'kyodo-1',
                paragraphs: [{ kind: 'paragraph', line: 8, text: '引用' }],
              },
            ],
            subsections: [{ kind: 'section', line: 10, heading: '小節', blocks: [], subsections: [] }],
          },
          {
            kind: 'conclusion',
            line: 12,
            heading: 'まとめ',
            blocks: [{ kind: 'paragraph', line: 14, text: '終わり。' }],
          },
        ],
        sources: [{ id: 'kyodo-1', outlet: '共同通信', kind: 'article' }],
      }),
      { published: { iso: '2025-10-28', line: 3 } },
      context,
    );
    expect(() => parseArticle(article)).not.toThrow();
    expect(article.meta).toEqual({
      title: '見出し',
      kicker: '速報',
      language: 'ja',
      published: '2025-10-28',
      publisher: { name: 'サイト' },
      authors: [{ name: '山田' }],
    });
    expect(article.children.map((node) => node.type)).toEqual(['lede', 'section', 'conclusion']);
    expect(article.children[1]).toMatchObject({
      number: '1',
      children: [
        { type: 'quote', sourceId: 'kyodo-1', truncated: true },
        { type: 'section', heading: [{ value: '小節' }] },
      ],
    });
    expect(context.warnings).toEqual([]);
  });

  it('leaves truncated out when a quote is complete', () => {
    const article = buildArticle(
      draft({
        body: [
          {
            kind: 'quote',
            line: 1,
            truncated: false,
            paragraphs: [{ kind: 'paragraph', line: 1, text: '完。' }],
          },
        ],
      }),
      { published: { iso: '2025-10-28', line: 1 } },
      makeContext(),
    );
    expect(article.children[0]).toEqual({
      type: 'quote',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: '完。' }] }],
    });
  });

  it('leaves the date unset with a warning when the text gives none, whatever the clock or SOURCE_DATE_EPOCH', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1761609600');
    const context = makeContext();
    expect(buildArticle(draft(), {}, context).meta).not.toHaveProperty('published');
    expect(context.warnings[0]).toMatchObject({ code: 'no-date' });
  });

  it('says what it found when the text gives only a day', () => {
    const context = makeContext();
    const article = buildArticle(draft(), { dayOnly: { text: '５日', line: 3 } }, context);
    expect(article.meta.published).toBeUndefined();
    expect(context.warnings[0]).toMatchObject({ code: 'no-date', line: 3 });
    expect(context.warnings[0]!.message).toContain('only a day ("５日", line 3), with no month or year');
  });

  it('derives a title from the first sentence when there is no title line', () => {
    const context = makeContext('en');
    const article = buildArticle(
      draft({
        masthead: { authors: [] },
        lede: { kind: 'paragraph', line: 1, text: 'Short first sentence. Second.' },
      }),
      { published: { iso: '2025-10-28', line: 1 } },
      context,
    );
    expect(article.meta.title).toBe('Short first sentence.');
    expect(context.warnings[0]).toMatchObject({ code: 'no-title' });
  });

  it('accepts BCP 47 language options only', () => {
    const context = makeContext();
    expect(resolveLanguage('en-GB', 'ja', context)).toBe('en-GB');
    expect(resolveLanguage('english', 'ja', context)).toBe('ja');
    expect(context.warnings).toHaveLength(1);
  });
});
