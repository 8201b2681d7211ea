import { describe, expect, it } from 'vitest';
import { findClose, parseCitations, readTitle } from '../src/citations.js';

const cite = (text: string) =>
  parseCitations(text).map(({ outlet, title, url, kind }) => ({ outlet, title, url, kind }));

describe('parseCitations', () => {
  it('reads outlet, connector and a title with nested brackets and a Markdown link', () => {
    const text =
      '読売新聞の記事「[詳報]首相が「専用機」で出発…写真も投稿](https://www.example.jp/a/1/)」は、以下のように伝えています。';
    expect(cite(text)).toEqual([
      {
        outlet: '読売新聞',
        title: '[詳報]首相が「専用機」で出発…写真も投稿',
        url: 'https://www.example.jp/a/1/',
        kind: 'article',
      },
    ]);
    const [citation] = parseCitations(text);
    expect(text.slice(citation!.start, citation!.end).startsWith('読売新聞の記事「')).toBe(true);
    expect(text.slice(citation!.start, citation!.end).endsWith(')」')).toBe(true);
  });

  it('reads 「…の動画」 as a video and keeps titles with nested 「」', () => {
    expect(cite('日テレNEWSの動画「【ライブ】最新ニュース(10月28日) THE …」でも報じられた。')).toEqual([
      {
        outlet: '日テレNEWS',
        title: '【ライブ】最新ニュース(10月28日) THE …',
        url: undefined,
        kind: 'video',
      },
    ]);
    expect(cite('毎日新聞の「首脳会談 「黄金時代を共に」」は')[0]!.title).toBe('首脳会談 「黄金時代を共に」');
  });

  it('takes the outlet from the end of the text before the bracket', () => {
    expect(cite('また、朝日新聞の記事「見出し」は')[0]!.outlet).toBe('朝日新聞');
    expect(cite('これについて東西新聞の「見出し」は')[0]!.outlet).toBe('東西新聞');
    expect(cite('TBS NEWS DIGの動画「見出し」')[0]!.outlet).toBe('TBS NEWS DIG');
  });

  it('needs a media name, a kind word or a link after a bare の', () => {
    expect(cite('日米同盟の「黄金時代」へ')).toEqual([]);
    expect(cite('新たな「黄金時代」へ')).toEqual([]);
    expect(cite('地元紙ABCの記事「見出し」')[0]!.outlet).toBe('地元紙ABC');
    expect(cite('ABCの「[見出し](https://example.com/)」')[0]!.url).toBe('https://example.com/');
  });

  it("reads English citations: Outlet's article “Title”", () => {
    expect(cite("The Guardian's article “Parks are cooling centres” reported:")).toEqual([
      { outlet: 'The Guardian', title: 'Parks are cooling centres', url: undefined, kind: 'article' },
    ]);
    expect(cite('Reuters\' video "Talks in Tokyo" shows the arrival.')[0]).toMatchObject({
      outlet: 'Reuters',
      kind: 'video',
    });
    expect(cite("Biden's “America First” idea")).toEqual([]);
  });

  it('finds several citations in one paragraph', () => {
    expect(cite('読売新聞の記事「A」と毎日新聞の記事「B」は').map((c) => c.outlet)).toEqual([
      '読売新聞',
      '毎日新聞',
    ]);
  });

  it('ignores unclosed brackets', () => {
    expect(cite('読売新聞の記事「閉じていない')).toEqual([]);
  });
});

describe('findClose', () => {
  it('skips nested pairs and stray closers, and gives up on unclosed text', () => {
    expect(findClose('「a「b」c」d', 0)).toBe(6);
    expect(findClose('「a]b」', 0)).toBe(4);
    expect(findClose('「a(b」', 0)).toBe(4);
    expect(findClose('「abc', 0)).toBe(-1);
  });
});

describe('readTitle', () => {
  it('splits a trailing Markdown link target off the title', () => {
    expect(readTitle('[Title](https://example.com/x)')).toEqual({
      title: 'Title',
      url: 'https://example.com/x',
    });
    expect(readTitle('[[詳報]Title](https://example.com/x)')).toEqual({
      title: '[詳報]Title',
      url: 'https://example.com/x',
    });
    expect(readTitle('Plain title')).toEqual({ title: 'Plain title' });
  });
});
