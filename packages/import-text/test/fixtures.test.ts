import {
  type Article,
  parseArticle,
  type Quote,
  type Section,
  type TermItem,
  toPlainText,
  walk,
} from '@kiji/core';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';
import { FIXTURES, readFixture } from './helpers.js';

const outline = (article: Article) =>
  article.children.map((node) => {
    if (node.type !== 'section') return node.type;
    const subs = node.children.filter((child): child is Section => child.type === 'section');
    return `section ${node.number ?? '-'} ${toPlainText(node.heading)}${subs.length > 0 ? ` [${subs.map((sub) => toPlainText(sub.heading)).join(', ')}]` : ''}`;
  });
const nodes = (article: Article, type: string) =>
  [...walk(article)].map(({ node }) => node).filter((node) => node.type === type);

describe('fixtures', () => {
  it.each(FIXTURES)('%s imports to a valid article', (name) => {
    const { article } = importText(readFixture(name), { file: name });
    expect(() => parseArticle(article)).not.toThrow();
  });

  it('a Japanese blog with Markdown headings, a byline, share buttons and a term list', () => {
    const { article, warnings } = importText(readFixture('blog-ja-markdown.txt'));
    expect(article.meta).toEqual({
      title: '地方鉄道の再生はどこまで進んだか',
      kicker: '解説',
      language: 'ja',
      published: '2024-03-05',
      authors: [{ name: '編集部 佐藤' }],
      publisher: { name: 'まちと交通ノート' },
    });
    expect(outline(article)).toEqual([
      'lede',
      'section - 利用者数の推移 [観光列車の効果]',
      'section - 再生に向けた三つの手段',
      'conclusion',
    ]);
    const quotes = nodes(article, 'quote') as Quote[];
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.sourceId).toBe('asahi-1');
    expect(article.sources).toEqual([
      {
        id: 'asahi-1',
        outlet: '朝日新聞デジタル',
        title: 'ローカル線、存廃の議論が本格化　沿線自治体に温度差',
        url: 'https://www.example.com/articles/rail-2024',
        kind: 'article',
      },
      { id: 'nhk-1', outlet: 'NHKニュース', title: 'ローカル線の未来を考える', kind: 'video' },
    ]);
    expect(nodes(article, 'list')).toHaveLength(1);
    const terms = (nodes(article, 'termItem') as TermItem[]).map((item) => toPlainText(item.term));
    expect(terms).toEqual(['上下分離', 'BRT']);
    const dropped = warnings.filter((w) => w.code === 'boilerplate').map((w) => w.line);
    expect(dropped).toEqual([7, 8, 9, 10, 48, 49, 50, 51, 52]);
    const text = toPlainText(article.children);
    for (const furniture of ['シェアする', 'スポンサーリンク', '前の記事', '関連記事', '©']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('a Japanese news page with 第N章 chapters, ■ subsections, a > quote and a numbered list', () => {
    const { article } = importText(readFixture('news-ja-chapters.txt'));
    expect(article.meta.published).toBe('2024-11-03');
    expect(outline(article)).toEqual([
      'lede',
      'section 1 出題傾向の変化 [現場の声]',
      'section 2 受験生の準備 [予備校の見方]',
      'conclusion',
    ]);
    const quotes = nodes(article, 'quote') as Quote[];
    expect(quotes).toHaveLength(1);
    // Both `>` lines make one quoted paragraph; a teacher is not a source.
    expect(quotes[0]!.children).toHaveLength(1);
    expect(quotes[0]!.sourceId).toBeUndefined();
    expect(article.sources).toEqual([]);
    const lists = nodes(article, 'list') as { ordered: boolean; children: unknown[] }[];
    expect(lists.map((list) => [list.ordered, list.children.length])).toEqual([[true, 3]]);
  });

  it('a Japanese news-portal page: menu, yearless date line, update stamp and copyright dropped', () => {
    const { article, warnings } = importText(readFixture('news-ja-portal.txt'));
    expect(article.meta).toEqual({
      title: '円相場、一時1ドル=150円台に　日銀会合を前に',
      language: 'ja',
      // 10/28(火) takes its year from the copyright line.
      published: '2025-10-28',
    });
    expect(outline(article)).toEqual(['lede', 'paragraph', 'section - 背景']);
    expect(warnings.map((w) => w.line)).toEqual([1, 2, 3, 17, 18]);
    expect(toPlainText(article.children)).not.toMatch(/最終更新|Copyright|ホーム/u);
  });

  it('an English wire story: kicker, dateline date, outlet named by the introduction', () => {
    const { article, warnings } = importText(readFixture('wire-en.txt'));
    expect(article.meta).toMatchObject({
      title: 'Japan and U.S. agree to deepen supply-chain ties',
      kicker: 'BREAKING',
      language: 'en',
      // "TOKYO, Nov. 4 (Example Wire) -": the year comes from the text (2024).
      published: '2024-11-04',
      // The dateline is metadata, not the start of the story.
      place: 'TOKYO',
    });
    expect(article.children[0]!.type).toBe('lede');
    expect(toPlainText(article.children[0]!).startsWith('Japan and the United States agreed')).toBe(true);
    expect(article.children[0]).toMatchObject({
      children: [{ children: [{ type: 'text' }, { type: 'sourceReference', sourceId: 'example-wire-1' }] }],
    });
    const quotes = nodes(article, 'quote') as Quote[];
    expect(quotes).toHaveLength(1);
    expect(article.sources).toEqual([
      { id: 'example-times-1', outlet: 'The Example Times', kind: 'article' },
      { id: 'example-wire-1', outlet: 'Example Wire', kind: 'article' },
    ]);
    expect(quotes[0]!.sourceId).toBe('example-times-1');
    expect(warnings.map((w) => [w.line, w.code])).toEqual([
      [15, 'boilerplate'],
      [16, 'boilerplate'],
      [3, 'dateline'],
    ]);
    expect(nodes(article, 'section')).toHaveLength(0);
  });

  it('an English blog: unnumbered headings as sections, term list, plain list, links, comment form dropped', () => {
    const { article, warnings } = importText(readFixture('blog-en.txt'));
    expect(article.meta).toEqual({
      title: 'What the new heat-wave guidance means for city parks',
      language: 'en',
      published: '2024-03-03',
      authors: [{ name: 'Alex Kim' }],
    });
    expect(outline(article)).toEqual([
      'lede',
      'section - Why it matters',
      'section - What the guidance says',
      'conclusion',
    ]);
    expect(article.sources).toEqual([
      {
        id: 'guardian-1',
        outlet: 'The Guardian',
        title: 'Parks are the new cooling centres',
        kind: 'article',
      },
    ]);
    expect((nodes(article, 'quote') as Quote[]).map((quote) => quote.sourceId)).toEqual(['guardian-1']);
    expect(nodes(article, 'termItem')).toHaveLength(3);
    expect(nodes(article, 'list')).toHaveLength(1);
    const links = nodes(article, 'link') as { url: string }[];
    expect(links.map((link) => link.url)).toEqual(['https://example.org/heat-report.pdf']);
    expect(warnings.find((w) => w.code === 'unsafe-link')?.message).toContain('javascript:track');
    // Lines 35 to 47: share buttons, comment form and navigation, each reported.
    expect(warnings.filter((w) => w.code === 'boilerplate').map((w) => w.line)).toEqual(
      Array.from({ length: 13 }, (_, index) => 35 + index),
    );
    const text = toPlainText(article.children);
    for (const furniture of ['Leave a Reply', 'Post Comment', 'Share this', 'Like this', 'Previous post']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('a Japanese blog with reader comments: comments kept as comments, the form dropped', () => {
    const { article, warnings } = importText(readFixture('blog-ja-comments.txt'));
    expect(article.meta.publisher).toEqual({ name: 'くらしと仕事のメモ' });
    expect(outline(article)).toEqual([
      'lede',
      'section - 朝の時間の使い方',
      'section - 困ったこと',
      'conclusion',
    ]);
    expect(
      article.comments?.map((comment) => [comment.author, comment.published, comment.children.length]),
    ).toEqual([
      ['匿名', '2025-11-02', 2],
      ['通りすがり', '2025-11-03', 1],
    ]);
    expect(toPlainText(article.children)).not.toContain('出社日の決め方');
    expect(warnings.filter((w) => w.code === 'boilerplate').map((w) => w.line)).toEqual([
      20, 33, 34, 35, 36, 37, 38, 39, 40,
    ]);
  });

  it('a page with no structure: hard-wrapped lines joined, title from the first sentence, no date', () => {
    const { article, warnings } = importText(readFixture('plain-no-structure.txt'));
    expect(article.meta.title).toBe('The meeting ran long and most of the questions were about…');
    expect(article.meta).not.toHaveProperty('published');
    expect(article.children.map((node) => node.type)).toEqual(['lede', 'paragraph']);
    expect(toPlainText(article.children[0]!)).toContain('organisers because the agenda');
    expect(warnings.map((w) => w.code)).toEqual(['no-title', 'no-date']);
  });

  it('the published option wins over the text, and a bad one is reported', () => {
    expect(importText(readFixture('blog-en.txt'), { published: '2024-04-01' }).article.meta.published).toBe(
      '2024-04-01',
    );
    const { article, warnings } = importText(readFixture('blog-en.txt'), { published: 'yesterday' });
    expect(article.meta.published).toBe('2024-03-03');
    expect(warnings.some((w) => w.code === 'bad-option' && w.message.includes('yesterday'))).toBe(true);
  });
});
