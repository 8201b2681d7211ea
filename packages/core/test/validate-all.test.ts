import { describe, expect, it } from 'vitest';
import { article, cite, InputError, p, parseArticle, quote, source, validArticle } from '../src/index.js';

const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((problem) => problem.path);
    throw error;
  }
  return [];
};

describe('parseArticle lists every problem at once', () => {
  it('reports reference errors together with schema errors', () => {
    const input = article({
      meta: { title: 'T', language: 'ja', published: 'yesterday' },
      children: [p('x', cite('nowhere')), quote({ source: 'missing' }, 'q')],
      sources: [
        source({ id: 'a', outlet: 'A', kind: 'article' }),
        source({ id: 'a', outlet: 'B', kind: 'article' }),
      ],
    });
    expect(problemsOf(() => parseArticle(input))).toEqual([
      'meta.published',
      'sources[1].id',
      'children[0].children[1].sourceId',
      'children[1].sourceId',
    ]);
  });

  it('checks references in input the schema cannot read at all', () => {
    const input = {
      schemaVersion: 1,
      meta: 7,
      children: ['text', null, { type: 'quote', sourceId: 'x' }],
      sources: 'none',
    };
    const paths = problemsOf(() => parseArticle(input));
    expect(paths).toContain('meta');
    expect(paths).toContain('children[2].sourceId');
  });
});

describe('validArticle', () => {
  it('takes what parseArticle returned as it is', () => {
    const valid = parseArticle(
      article({ meta: { title: 'T', language: 'en', published: '2025-10-28' }, children: [p('x')] }),
    );
    expect(validArticle(valid)).toBe(valid);
  });

  it('validates an article that never was, with the same problems as parseArticle', () => {
    const raw = article({ meta: { title: 'T', language: 'en', published: 'yesterday' }, children: [p('x')] });
    expect(problemsOf(() => validArticle(raw))).toEqual(problemsOf(() => parseArticle(raw)));
    expect(problemsOf(() => validArticle(raw))).toEqual(['meta.published']);
  });
});

describe('$schema', () => {
  it('an article may name its JSON Schema for editors', () => {
    const input = {
      $schema: 'https://example.com/article.schema.json',
      ...article({ meta: { title: 'T', language: 'en', published: '2025-10-28' }, children: [p('x')] }),
    };
    expect(parseArticle(input).$schema).toBe('https://example.com/article.schema.json');
  });
});
