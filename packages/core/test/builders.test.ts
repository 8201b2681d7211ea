import { describe, expect, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import {
  type Article,
  type Aside,
  article,
  aside,
  br,
  cite,
  comment,
  conclusion,
  em,
  type Figure,
  figure,
  type Lede,
  type List,
  lede,
  li,
  link,
  note,
  noteRef,
  ol,
  p,
  parseArticle,
  type Quote,
  quote,
  type Section,
  section,
  source,
  strong,
  type TermList,
  term,
  terms,
  ul,
} from '../src/index.js';
import type { ArticleSchema } from '../src/schema.js';

describe('builders', () => {
  test('strings become text nodes', () => {
    expect(p('抑止力の', strong('強化'), 'で合意した。')).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: '抑止力の' },
        { type: 'strong', children: [{ type: 'text', value: '強化' }] },
        { type: 'text', value: 'で合意した。' },
      ],
    });
  });

  test('every builder yields a node the validator accepts', () => {
    const built = article({
      meta: { title: '見出し', language: 'ja', published: '2025-10-28' },
      children: [
        lede('導入。'),
        section(
          '章',
          [
            p(em('強調'), br(), link('https://example.com'), cite('s', '9:53'), noteRef('n')),
            quote({ source: 's', truncated: true, locator: 'p. 2', id: 'q1' }, '引用'),
            ul('a', li('b', ol({ start: 2 }, 'c'))),
            terms(term('抑止力', '定義')),
            figure({ src: 'a.png', alt: '代替', caption: ['説明'], credit: '写真' }),
            aside({ label: '補足' }, '本文'),
            section('節', ['節の本文'], { number: '1.1' }),
          ],
          { number: '1', id: 'sec-1' },
        ),
        conclusion(undefined, ['まとめ']),
      ],
      sources: [source({ id: 's', outlet: '毎日新聞', kind: 'article' })],
      notes: [note('n', '注')],
      comments: [comment({ author: '読者' }, 'コメント')],
    });
    expect(parseArticle(built)).toEqual(built);
    expect(built.children[1]).toMatchObject({ type: 'section', number: '1', id: 'sec-1' });
  });

  test('link text defaults to the URL; empty trailing matter is left out', () => {
    expect(link('https://a.example').children).toEqual([{ type: 'text', value: 'https://a.example' }]);
    const built = article({
      meta: { title: 't', language: 'en', published: '2025-01-01' },
      children: [],
      notes: [],
    });
    expect('notes' in built).toBe(false);
  });

  test('builders return model types', () => {
    expectTypeOf(lede('x')).toEqualTypeOf<Lede>();
    expectTypeOf(section('x', [])).toEqualTypeOf<Section>();
    expectTypeOf(quote({}, 'x')).toEqualTypeOf<Quote>();
    expectTypeOf(ul('x')).toEqualTypeOf<List>();
    expectTypeOf(terms()).toEqualTypeOf<TermList>();
    expectTypeOf(figure({ src: 'a', alt: 'b' })).toEqualTypeOf<Figure>();
    expectTypeOf(aside({})).toEqualTypeOf<Aside>();
    expectTypeOf(
      article({ meta: { title: 't', language: 'ja', published: '2025-01-01' }, children: [] }),
    ).toEqualTypeOf<Article>();
  });

  test('the validator infers exactly the model types', () => {
    expectTypeOf<z.output<typeof ArticleSchema>>().toEqualTypeOf<Article>();
  });
});
