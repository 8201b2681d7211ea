import { describe, expect, it } from 'vitest';
import type { QuoteBlock } from '../../src/types.js';
import { draftBlocks, makeContext } from '../helpers.js';
import { draftOf } from '../pipeline.js';

const sourcesOf = (body: string, context = makeContext()) =>
  draftOf(`題名\n\nリード。\n\n${body}`, 'sources', context);

describe('findSources', () => {
  it('makes one source per article, ids numbered per outlet in citation order', () => {
    const draft = sourcesOf(
      [
        '読売新聞の記事「一つ目」は、以下のように伝えています。',
        '引用一。',
        '毎日新聞の「二つ目」は、次のように伝えています。',
        '引用二。',
        '毎日新聞の「二つ目」は、防衛費についても言及しています。',
        '引用三',
        '読売新聞の記事「三つ目」には、以下のような記述があります。',
        '引用四。',
      ].join('\n\n'),
    );
    expect(draft.sources!.map((source) => source.id)).toEqual(['yomiuri-1', 'mainichi-1', 'yomiuri-2']);
    const quotes = draftBlocks(draft).filter((block): block is QuoteBlock => block.kind === 'quote');
    expect(quotes.map((quote) => quote.sourceId)).toEqual([
      'yomiuri-1',
      'mainichi-1',
      'mainichi-1',
      'yomiuri-2',
    ]);
  });

  it('treats titles differing only in spacing or a trailing ellipsis as the same article', () => {
    const draft = sourcesOf('読売新聞の記事「見出し …」では、\n\n読売新聞の記事「見出し」によると、');
    expect(draft.sources).toHaveLength(1);
  });

  it('merges a URL given at a later citation of the same article', () => {
    const draft = sourcesOf(
      '毎日新聞の「見出し」は重要だ。\n\n毎日新聞の「[見出し](https://example.com/m)」は続報だ。',
    );
    expect(draft.sources).toEqual([
      {
        id: 'mainichi-1',
        outlet: '毎日新聞',
        title: '見出し',
        url: 'https://example.com/m',
        kind: 'article',
      },
    ]);
  });

  it('keeps the first URL when the same article is cited with another one, and says so', () => {
    const context = makeContext();
    const draft = sourcesOf(
      '毎日新聞の「[見出し](https://example.com/a)」は重要だ。\n\n毎日新聞の「[見出し](https://example.com/b)」は続報だ。',
      context,
    );
    expect(draft.sources!.map((source) => source.url)).toEqual(['https://example.com/a']);
    expect(context.warnings).toEqual([
      { line: 7, code: 'source-url', message: expect.stringContaining('https://example.com/b') },
    ]);
  });

  it('slugs unknown Latin outlets and falls back to "source" for others', () => {
    const draft = sourcesOf("The Daily Example's article “A”.\n\n東西新聞の記事「B」");
    expect(draft.sources!.map((source) => source.id)).toEqual(['daily-example-1', 'source-1']);
  });

  it('attributes a quote to an outlet named without a title', () => {
    const draft = sourcesOf('ロイターは次のように報じた。\n\n引用。');
    expect(draft.sources).toEqual([{ id: 'reuters-1', outlet: 'ロイター', kind: 'article' }]);
  });

  it('attributes "According to The Example Post:" to that outlet', () => {
    const draft = draftOf('Title\n\nLede.\n\nAccording to The Example Post:\n\nThe talks ended.', 'sources');
    expect(draft.sources).toEqual([{ id: 'example-post-1', outlet: 'The Example Post', kind: 'article' }]);
  });

  it('drops a link target that is not http(s) or mailto, with a warning', () => {
    const context = makeContext();
    const draft = sourcesOf('読売新聞の記事「[見出し](javascript:alert)」は', context);
    expect(draft.sources![0]!.url).toBeUndefined();
    expect(context.warnings[0]).toMatchObject({ code: 'unsafe-link', line: 5 });
  });
});
