import { type Article, type Quote, toPlainText, walk } from '@kiji/core';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';
import { readFixture } from './helpers.js';

// Pages in the styles users paste: blog platforms, board reposts, wire copy, English scrapes.

const nodes = (article: Article, type: string) =>
  [...walk(article)].map(({ node }) => node).filter((node) => node.type === type);
const body = (article: Article) => toPlainText(article.children);
const dropped = (warnings: { code: string; line?: number }[]) =>
  warnings.filter((w) => w.code === 'boilerplate').map((w) => w.line);

describe('blog platform footers and sidebars', () => {
  it('a Japanese blog: labels, comment count, post links, share buttons, profile and archive dropped and reported', () => {
    const { article, warnings } = importText(readFixture('blog-ja-platform.txt'));
    expect(article.meta).toEqual({
      title: '港町の古書店が閉じる日',
      language: 'ja',
      published: '2024-02-18',
      publisher: { name: 'しおかぜ日記' },
    });
    expect(dropped(warnings)).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]);
    const text = body(article);
    for (const furniture of [
      'ラベル',
      'コメント',
      '次の投稿',
      'プロフィール',
      'アーカイブ',
      '2024 (5)',
      'Powered',
      '21:05',
    ]) {
      expect(text).not.toContain(furniture);
    }
    expect(text.endsWith('どれも少しだけ潮の匂いがします。')).toBe(true);
  });

  it('an English blog: blog name above the date header, post title under it, "Posted by" footer as the byline', () => {
    const { article, warnings } = importText(readFixture('blog-en-platform.txt'));
    expect(article.meta).toEqual({
      title: 'The first broad beans of the season',
      language: 'en',
      published: '2024-06-08',
      authors: [{ name: 'Margaret Hale' }],
      publisher: { name: 'Notes From The Allotment' },
    });
    expect(dropped(warnings)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    expect(warnings.find((w) => w.line === 15)).toMatchObject({ code: 'masthead' });
    const text = body(article);
    for (const furniture of [
      'Posted by',
      'Email This',
      'BlogThis',
      'Share to',
      'Labels',
      'comments',
      'Older Post',
      'About Me',
      'profile',
      'Archive',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });
});

describe('board repost (matome) pages', () => {
  it('post headers are neither headings nor text; posts are quotes of the thread named by 引用元', () => {
    const { article, warnings } = importText(readFixture('matome-ja.txt'));
    expect(article.meta).toEqual({ title: '駅前の再開発、また延期に', kicker: '悲報', language: 'ja' });
    expect(nodes(article, 'section')).toEqual([]);
    const quotes = nodes(article, 'quote') as Quote[];
    expect(quotes.map((quote) => [quote.sourceId, quote.locator])).toEqual([
      ['thread-1', '>>1'],
      ['thread-1', '>>4'],
      ['thread-1', '>>7'],
      ['thread-1', '>>12'],
    ]);
    expect(article.sources).toEqual([
      {
        id: 'thread-1',
        outlet: '5ちゃんねる',
        url: 'https://hayabusa.5ch.net/test/read.cgi/news/1715472843/',
        kind: 'social-post',
        published: '2024-05-12',
      },
    ]);
    const text = toPlainText(article.children);
    expect(text).not.toMatch(/名無しさん|ID:|引用元|続きを読む/u);
    expect(toPlainText(quotes[2]!)).toContain('>>1');
    expect(warnings.filter((w) => w.code === 'thread').map((w) => w.line)).toEqual([22, 3, 8, 11, 18]);
    // The posts' dates date the thread, not the repost: the article's own date is unknown.
    expect(warnings.some((w) => w.code === 'no-date')).toBe(true);
  });

  it('without a 引用元 line the posts stay paragraphs, their headers still dropped', () => {
    const page =
      '見出し\n\n1: 名無しさん 2024/05/12(日) 09:14:03.27 ID:abc\n本文一。\n\n2: 名無しさん 2024/05/12(日) 09:15:00.00 ID:def\n本文二。';
    const { article } = importText(page);
    expect(nodes(article, 'quote')).toEqual([]);
    expect(article.children.map((node) => toPlainText(node))).toEqual(['本文一。', '本文二。']);
  });
});

describe('wire stories', () => {
  it('a Japanese wire story: 【ワシントン＝共同】 is place and source, ５日 alone is no date, readings kept', () => {
    const { article, warnings } = importText(readFixture('wire-ja.txt'));
    expect(article.meta).toEqual({
      title: '米、半導体の輸出規制を一段と強化へ　同盟国にも同調を要請',
      language: 'ja',
      place: 'ワシントン',
    });
    expect(article.sources).toEqual([
      { id: 'kyodo-1', outlet: '共同通信', kind: 'article' },
      { id: 'reuters-1', outlet: 'ロイター', kind: 'article' },
    ]);
    const text = body(article);
    expect(text.startsWith('米商務省は５日')).toBe(true);
    expect(text).toContain('逼迫（ひっぱく）');
    // A later dateline stays where the story printed it, its agency cited.
    expect(text).toContain('［ロンドン　５日　ロイター］欧州の業界団体');
    const noDate = warnings.find((w) => w.code === 'no-date')!;
    expect(noDate).toMatchObject({ line: 3 });
    expect(noDate.message).toContain('only a day ("５日", line 3)');
    expect(warnings.find((w) => w.code === 'dateline')).toMatchObject({ line: 3 });
  });

  it('a story without a title line: the title never starts with the dateline nor ends on an open bracket', () => {
    const page =
      '【ワシントン＝共同】米商務省の担当者は記者会見で、今回の措置について「同盟国との協議を重ねた上で決めたものであり、一方的なものではない」と述べた。';
    const { article } = importText(page);
    expect(article.meta.place).toBe('ワシントン');
    expect(article.meta.title.startsWith('米商務省')).toBe(true);
    expect(article.meta.title).not.toMatch(/[「『（【]…?$/u);
  });

  it('【ワシントン＝山田太郎】 names a correspondent: the byline, not a source', () => {
    const { article } = importText('会談の焦点\n\n【ワシントン＝山田太郎】両国の外相が会談した。');
    expect(article.meta).toMatchObject({ place: 'ワシントン', authors: [{ name: '山田太郎' }] });
    expect(article.sources).toEqual([]);
  });

  it('an AP dateline: place and agency', () => {
    const { article } = importText(
      'Storm closes ports\n\nHOUSTON (AP) — Ports along the coast closed on Monday as the storm neared.',
    );
    expect(article.meta.place).toBe('HOUSTON');
    expect(body(article)).toBe('Ports along the coast closed on Monday as the storm neared.');
    expect(article.sources).toEqual([{ id: 'ap-1', outlet: 'Associated Press', kind: 'article' }]);
  });
});

describe('English scrapes', () => {
  it('ads and related links dropped and reported; byline with its role; straight quotes and " - " kept as written', () => {
    const { article, warnings } = importText(readFixture('news-en-scrape.txt'));
    expect(article.meta).toEqual({
      title: 'City council approves new cycle lanes after long debate',
      language: 'en',
      authors: [{ name: 'Daniel Ortiz', role: 'Staff Reporter' }],
    });
    expect(dropped(warnings)).toEqual([3, 8, 18, 19]);
    const text = body(article);
    expect(text).not.toMatch(/Advertisement|Related:|Read more/iu);
    expect(text).toContain('in the centre - a plan');
    expect(text).toContain('"We have waited long enough,"');
    expect(nodes(article, 'list')).toHaveLength(1);
    expect(warnings.find((w) => w.code === 'no-date')!.message).toContain('date is unknown');
  });

  it('--smart-quotes: curly quotes, apostrophes and a dash, links untouched', () => {
    const page = 'A title\n\n"We have waited," she said - it\'s done. See https://example.com/a--b';
    const { article } = importText(page, { smartQuotes: true });
    expect(body(article)).toBe('“We have waited,” she said — it’s done. See https://example.com/a--b');
    expect(nodes(article, 'link')).toMatchObject([{ url: 'https://example.com/a--b' }]);
    expect(body(importText(page).article)).toContain('"We have waited," she said - it\'s');
  });

  it('--normalize-width: full-width letters and digits become half-width', () => {
    const { article } = importText(readFixture('wire-ja.txt'), { normalizeWidth: true });
    expect(body(article)).toContain('米商務省は5日');
    expect(body(article)).toContain('GDPに占める');
    expect(body(article)).not.toMatch(/[０-９Ａ-Ｚ]/u);
  });
});

describe('derived titles', () => {
  it('cut a long first sentence before a quotation it would leave open', () => {
    const { article } = importText(
      '担当者は記者会見で今回の措置について慎重に言葉を選びながら説明し、最後に「同盟国との協議を重ねた上で決めたものであり、決して一方的なものではない」と述べた。',
    );
    expect(article.meta.title).toBe(
      '担当者は記者会見で今回の措置について慎重に言葉を選びながら説明し、最後に…',
    );
  });
});
