import { lintArticle } from '@kiji/lint';
import { describe, expect, test } from 'vitest';
import { importHtml } from '../src/index.js';
import { bodyText, outline, page, quotes, text } from './helpers.js';

// Each fixture is a saved page written for these tests in the shape of a real kind of site.
// Every one must import to an article that validates (importHtml returns only parsed articles)
// and lints without errors, with the title, date, sections, quotes and sources asserted.

function load(name: string) {
  const result = importHtml(page(name), { file: name });
  const errors = lintArticle(result.article).filter((finding) => finding.severity === 'error');
  expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
  return result;
}

const messages = (result: ReturnType<typeof load>, code: string) =>
  result.warnings.filter((warning) => warning.code === code).map((warning) => warning.message);

describe('a Japanese national daily with JSON-LD', () => {
  const result = load('daily-ja-jsonld.html');
  const { article } = result;

  test('metadata from JSON-LD, each origin reported', () => {
    expect(article.meta).toMatchObject({
      title: '日米首脳、同盟の抑止力強化で一致　経済安保でも協力',
      kicker: '政治',
      subtitle: '重要鉱物の供給網づくりで新たな枠組み',
      language: 'ja',
      published: '2025-10-28T19:30:00+09:00',
      updated: '2025-10-28T22:10:00+09:00',
      authors: [{ name: '山田 太郎', role: '政治部' }],
      publisher: { name: '東西新聞', url: 'https://www.tozai-shimbun.example/' },
      tags: ['日米関係', '安全保障', '経済安保'],
    });
    // JSON-LD wins over the differing og:title and article:published_time.
    expect(result.origins).toMatchObject({
      title: 'JSON-LD headline',
      published: 'JSON-LD datePublished',
      kicker: 'JSON-LD articleSection',
    });
    expect(messages(result, 'metadata')).toContain('meta.published from JSON-LD datePublished');
  });

  test('sections keep their numbers, subsections nest, まとめ is the conclusion', () => {
    expect(outline(article.children)).toEqual([
      '1 会談の中身',
      '2 経済安全保障',
      '  2.1 重要鉱物',
      '  2.2 投資',
      '[conclusion] まとめ',
    ]);
    expect(article.children[0]?.type).toBe('lede');
  });

  test('the quote points to the outlet the paragraph before links to; linked outlets are sources', () => {
    const [quote] = quotes(article);
    expect(quote?.sourceId).toBe('mainichi-1');
    expect(quote?.truncated).toBeUndefined();
    expect(article.sources).toEqual([
      {
        id: 'mainichi-1',
        outlet: '毎日新聞',
        url: 'https://mainichi.jp/articles/20251028/k00/00m/010/001000c',
        kind: 'article',
      },
      {
        id: 'nikkei-1',
        outlet: '日本経済新聞',
        title: '対米投資、5500億ドルの枠組み詳細',
        url: 'https://www.nikkei.com/article/DGXZQOUA000000000',
        kind: 'article',
      },
    ]);
  });

  test('emphasis, lists and a figure with its caption and credit', () => {
    const body = bodyText(article);
    expect(body).toContain('{"type":"strong","children":[{"type":"text","value":"戦後最も厳しい"}]}');
    expect(body).toContain('"レアアースの精錬と備蓄"');
    expect(body).toContain(
      '{"type":"figure","src":"https://www.tozai-shimbun.example/img/k001.jpg","alt":"握手する両首脳","caption":[{"type":"text","value":"会談の冒頭で握手する両首脳"}],"credit":"写真：東西新聞社"',
    );
  });

  test('furniture is dropped and reported, never printed', () => {
    const body = bodyText(article);
    for (const furniture of [
      'クッキー',
      'アクセスランキング',
      '株価',
      '会社案内',
      'リンクをコピー',
      '首脳会談を前に',
      '広告',
    ]) {
      expect(body).not.toContain(furniture);
    }
    const dropped = messages(result, 'boilerplate').join('\n');
    expect(dropped).toContain('cookie banner');
    expect(dropped).toContain('アクセスランキング');
    expect(dropped).toContain('share buttons');
    expect(dropped).toContain('advertisement');
    expect(dropped).toContain('related articles');
    expect(dropped).toContain('4 scripts and 1 style sheet');
  });
});

describe('a wire service page', () => {
  const result = load('wire-en.html');
  const { article } = result;

  test('no JSON-LD: Open Graph, <meta name=author> and <time datetime>', () => {
    expect(article.meta).toMatchObject({
      title: 'Japan, U.S. agree to deepen alliance, launch minerals framework',
      kicker: 'World',
      language: 'en',
      published: '2025-10-28T11:42:00Z',
      authors: [{ name: 'Hannah Cole' }],
      publisher: { name: 'Pacific Wire' },
    });
    expect(result.origins).toMatchObject({
      title: '<meta property="og:title">',
      published: '<time datetime>',
      language: '<html lang>',
    });
  });

  test('"According to Reuters:" attributes the quote; the AP link is a cited source', () => {
    expect(outline(article.children)).toEqual(['Defence']);
    const [quote] = quotes(article);
    expect(quote?.sourceId).toBe('reuters-1');
    expect(text(quote?.children[0]?.children)).toMatch(/^The two governments will set up a working group/);
    expect(article.sources.map((source) => [source.id, source.outlet, source.kind])).toEqual([
      ['reuters-1', 'Reuters', 'article'],
      ['ap-1', 'Associated Press', 'article'],
    ]);
    expect(bodyText(article)).toContain('{"type":"sourceReference","sourceId":"ap-1"}');
  });

  test('related links, share bar and read-more list are dropped', () => {
    const body = bodyText(article);
    for (const furniture of [
      'Skip to content',
      'Leaders arrive',
      'Share this article',
      'Yen slips',
      'Terms of use',
    ]) {
      expect(body).not.toContain(furniture);
    }
  });
});

describe('a blog with sidebars and comments', () => {
  const result = load('blog-ja-sidebar.html');
  const { article } = result;

  test('title and date from Open Graph; the blog name is not the title', () => {
    expect(article.meta).toMatchObject({
      title: '首脳会談の動画を見て考えたこと',
      published: '2025-10-29T08:15:00+09:00',
      publisher: { name: '霞が関ウォッチ日記' },
      language: 'ja',
    });
  });

  test('headings become sections, まとめ the conclusion', () => {
    expect(outline(article.children)).toEqual([
      '共同記者発表の様子',
      'ニコニコのコメントも面白い',
      '[conclusion] まとめ',
    ]);
  });

  test('the embedded player and the ニコニコ link are video sources; the quote cites its cite URL', () => {
    expect(article.sources).toEqual([
      {
        id: 'ann-news-1',
        outlet: 'ANNnewsCH',
        title: '【ノーカット】日米首脳 共同記者発表',
        url: 'https://www.youtube.com/watch?v=Xy12AbCd34E',
        kind: 'video',
      },
      {
        id: 'asahi-1',
        outlet: '朝日新聞',
        title: '首脳会談の発言全文',
        url: 'https://www.asahi.com/articles/ASTBX0000.html',
        kind: 'article',
      },
      {
        id: 'niconico-1',
        outlet: 'ニコニコ動画',
        url: 'https://www.nicovideo.jp/watch/sm45000000',
        kind: 'video',
      },
    ]);
    expect(quotes(article).map((quote) => quote.sourceId)).toEqual(['asahi-1']);
    // The player is cited where it stood: after the paragraph that introduces it.
    expect(bodyText(article)).toContain(
      'ノーカット版です。"},{"type":"sourceReference","sourceId":"ann-news-1"}',
    );
  });

  test("readers' comments become comments; the sidebar, form and buttons are dropped", () => {
    expect(article.comments?.map((comment) => [comment.author, comment.published])).toEqual([
      ['通りすがりの会社員', '2025-10-29T12:03:00+09:00'],
      ['みなと', '2025-10-29T18:40:00+09:00'],
    ]);
    expect(messages(result, 'comments')).toEqual(["kept 2 reader comments as the article's comments"]);
    const body = bodyText(article);
    for (const furniture of [
      'プロフィール',
      '月別アーカイブ',
      'スポンサーリンク',
      'はてなブックマーク',
      '前の記事',
      'Powered by',
      '返信',
    ]) {
      expect(body).not.toContain(furniture);
    }
    expect(messages(result, 'boilerplate').join('\n')).toContain('<div id="sidebar">');
  });
});

describe('an English news site with ads and related links', () => {
  const result = load('news-en-ads.html');
  const { article } = result;

  test('JSON-LD in an array beside a BreadcrumbList', () => {
    expect(article.meta).toMatchObject({
      title: 'EU AI rules take effect: what changes for companies',
      kicker: 'Technology',
      language: 'en-GB',
      published: '2024-08-01T06:00:00+01:00',
      authors: [{ name: 'Clara Webb' }, { name: 'Tomás Ruiz' }],
      tags: ['AI', 'Regulation', 'European Union'],
    });
  });

  test('the standfirst is the lede; ordered list; The bottom line is the conclusion', () => {
    const [lede] = article.children;
    expect(lede?.type === 'lede' && text(lede.children[0]?.children)).toBe(
      'The first binding AI law in the world applies in stages from today. Here is what it asks of firms.',
    );
    expect(outline(article.children)).toEqual([
      'What is banned',
      'What the critics say',
      '[conclusion] The bottom line',
    ]);
    expect(bodyText(article)).toContain('"type":"list","ordered":true');
  });

  test('a quote cut off with ... is marked truncated; the YouTube link is a video source', () => {
    const [quote] = quotes(article);
    expect(quote).toMatchObject({ sourceId: 'bbc-1', truncated: true });
    expect(text(quote?.children[0]?.children)).toBe(
      'Europe risks regulating itself out of the race before the race has properly begun',
    );
    expect(article.sources.map((source) => [source.id, source.kind])).toEqual([
      ['bbc-1', 'article'],
      ['youtube-1', 'video'],
    ]);
  });

  test('ads, newsletter box, related and most-read lists are dropped', () => {
    const body = bodyText(article);
    for (const furniture of [
      'Advertisement',
      'Sign up',
      'Chatbots face',
      'Most read',
      'Doctors stunned',
      '48 comments',
    ]) {
      expect(body).not.toContain(furniture);
    }
  });
});

describe('a Shift_JIS page', () => {
  const result = load('sjis-ja.html');
  const { article } = result;

  test('is decoded from its <meta http-equiv> charset', () => {
    expect(result.encoding).toBe('shift_jis');
    expect(article.meta.title).toBe('地方から見た日米首脳会談');
  });

  test('the date comes from the text, and the date line is dropped as metadata', () => {
    expect(article.meta.published).toBe('2025-10-30');
    expect(result.origins.published).toMatch(/^the text/);
    expect(bodyText(article)).not.toContain('論説委員室');
  });

  test('sections, the quote of 読売新聞 and the conclusion', () => {
    expect(outline(article.children)).toEqual(['造船協力の行方', '港湾の役割', '[conclusion] おわりに']);
    expect(quotes(article).map((quote) => quote.sourceId)).toEqual(['yomiuri-1']);
    expect(article.sources[0]).toMatchObject({
      outlet: '読売新聞',
      url: 'https://www.yomiuri.co.jp/politics/20251028-OYT1T50000/',
    });
    expect(bodyText(article)).not.toContain('トップページ');
    expect(bodyText(article)).not.toContain('無断転載');
  });
});

describe('an EUC-JP page', () => {
  test('is decoded from its <meta charset>', () => {
    const result = load('eucjp-ja.html');
    expect(result.encoding).toBe('euc-jp');
    expect(result.article.meta).toMatchObject({
      title: '港の朝市が再開',
      published: '2025-11-02',
      language: 'ja',
    });
    expect(bodyText(result.article)).toContain('三週間ぶりに再開した');
  });
});
