import {
  type Article,
  type Conclusion,
  type FlowContent,
  parseArticle,
  type Quote,
  type Section,
  type TermList,
  toPlainText,
  walk,
} from '@kiji/core';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';
import { mustHaveSeed, readSeed, seedAvailable } from './helpers.js';

// Locally the seed may be absent (skip); under CI=true its absence fails the run.
describe.runIf(seedAvailable || mustHaveSeed)('the seed article (shared/seeds/summit-2025.txt)', () => {
  const load = () => importText(readSeed(), { file: 'summit-2025.txt' });

  const sections = (article: Article) =>
    article.children.filter((node): node is Section => node.type === 'section');
  const nodesOf = <T extends FlowContent['type'] | 'quote' | 'termList'>(article: Article, type: T) =>
    [...walk(article)].map(({ node }) => node).filter((node) => node.type === type);

  it('passes parseArticle', () => {
    const { article } = load();
    expect(() => parseArticle(article)).not.toThrow();
  });

  it('reads the masthead: title without the kicker, kicker, site label, language and date', () => {
    const { meta } = load().article;
    expect(meta.title).toBe(
      readSeed()
        .split('\n')[0]!
        .replace(/^【速報】/u, ''),
    );
    expect(meta.title.startsWith('日米首脳会談2025')).toBe(true);
    expect(meta.kicker).toBe('速報');
    expect(meta.publisher).toEqual({ name: 'YouTube速報' });
    expect(meta.language).toBe('ja');
    expect(meta.published).toBe('2025-10-28');
  });

  it('opens with the lede, then three numbered sections and the conclusion', () => {
    const { article } = load();
    expect(article.children.map((node) => node.type)).toEqual([
      'lede',
      'section',
      'section',
      'section',
      'conclusion',
    ]);
    const lede = article.children[0]!;
    expect(toPlainText(lede).startsWith('2025年10月28日、高市総理')).toBe(true);
    expect(sections(article).map((section) => section.number)).toEqual(['1', '2', '3']);
    expect(sections(article).map((section) => toPlainText(section.heading).split(':')[0])).toEqual([
      '揺るぎない絆',
      '安全保障強化',
      '象徴的な横須賀訪問',
    ]);
    const conclusion = article.children[4] as Conclusion;
    expect(toPlainText(conclusion.heading ?? [])).toBe('結論:未来を切り開く日米同盟');
    expect(conclusion.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('finds one unnumbered subsection in each section', () => {
    const subsections = sections(load().article).map((section) =>
      section.children.filter((node): node is Section => node.type === 'section'),
    );
    expect(subsections.map((list) => list.length)).toEqual([1, 1, 1]);
    expect(subsections.map((list) => toPlainText(list[0]!.heading))).toEqual([
      '安倍元首相の遺産と高市総理の役割',
      '地域情勢への影響と多角的連携',
      '横須賀が持つ戦略的意味',
    ]);
    for (const list of subsections) expect(list[0]!.number).toBeUndefined();
  });

  it('finds four quotes: two from 読売新聞, two from 毎日新聞, the last 毎日 quote truncated', () => {
    const { article } = load();
    const quotes = nodesOf(article, 'quote') as Quote[];
    expect(quotes).toHaveLength(4);
    const outlet = (quote: Quote) => article.sources.find((source) => source.id === quote.sourceId)?.outlet;
    expect(quotes.map(outlet)).toEqual(['読売新聞', '毎日新聞', '毎日新聞', '読売新聞']);
    expect(quotes.map((quote) => quote.truncated === true)).toEqual([false, false, true, true]);
    expect(quotes.map((quote) => quote.children.length)).toEqual([1, 1, 1, 1]);
    expect(toPlainText(quotes[0]!).startsWith('トランプ大統領は27日から29日まで')).toBe(true);
    expect(toPlainText(quotes[2]!).endsWith('「日本とし')).toBe(true);
    // The cut-off ellipsis is dropped: renderers mark truncated quotes themselves.
    expect(toPlainText(quotes[3]!).endsWith('首脳会談の')).toBe(true);
    // The mainichi article is cited twice: both quotes point at the same source.
    expect(quotes[1]!.sourceId).toBe(quotes[2]!.sourceId);
  });

  it('lists five sources, two of them videos, with readable ids and the Markdown link URL', () => {
    const { sources } = load().article;
    expect(sources.map((source) => [source.id, source.outlet, source.kind])).toEqual([
      ['yomiuri-1', '読売新聞', 'article'],
      ['ntv-news-1', '日テレNEWS', 'video'],
      ['mainichi-1', '毎日新聞', 'article'],
      ['yomiuri-2', '読売新聞', 'article'],
      ['ann-news-1', 'ANNnewsCH', 'video'],
    ]);
    expect(sources[0]!.url).toBe('https://www.yomiuri.co.jp/politics/20251028-OYT1T50036/');
    expect(
      sources[0]!.title?.startsWith('[詳報]トランプ大統領が韓国に向け専用機「エアフォース・ワン」'),
    ).toBe(true);
    expect(sources[0]!.title?.includes('](')).toBe(false);
    expect(sources[2]!.title).toBe('日米首脳会談、抑止力強化で合意 「日米同盟の黄金時代を共に」');
    for (const source of sources.slice(1)) expect(source.url).toBeUndefined();
  });

  it('cites the videos inline where the text mentions them', () => {
    const { article } = load();
    const references = [...walk(article)]
      .map(({ node }) => node)
      .filter((node) => node.type === 'sourceReference')
      .map((node) => node.sourceId);
    expect(references).toContain('ntv-news-1');
    expect(references).toContain('ann-news-1');
    // The paragraphs that introduce a quote do not repeat its source as a mark.
    expect(references).not.toContain('yomiuri-1');
    expect(references).not.toContain('mainichi-1');
  });

  it('turns the 抑止力 / 対処力 bullets into a term list', () => {
    const termLists = nodesOf(load().article, 'termList') as TermList[];
    expect(termLists).toHaveLength(1);
    const items = termLists[0]!.children;
    expect(items.map((item) => toPlainText(item.term))).toEqual(['抑止力', '対処力']);
    expect(toPlainText(items[0]!.children).startsWith('敵対的な行動を未然に防ぐ力。')).toBe(true);
    expect(toPlainText(items[1]!.children).startsWith('万が一、攻撃を受けた場合に')).toBe(true);
    expect(nodesOf(load().article, 'list')).toHaveLength(0);
  });

  it('drops the page boilerplate and reports each dropped line', () => {
    const { article, warnings } = load();
    const text = JSON.stringify(article);
    expect(text).not.toContain('タイトルとURLをコピーしました');
    expect(text).not.toContain('"コメント"');
    expect(toPlainText(article.children)).not.toContain('コメント');
    // The title appears once, in meta, not repeated in the body.
    expect(toPlainText(article.children)).not.toContain('深化する同盟と未来を拓く');
    expect(toPlainText(article.children)).not.toContain('YouTube速報');
    expect(warnings.filter((w) => w.code === 'boilerplate').map((w) => w.line)).toEqual([4, 73, 75]);
    expect(warnings.find((w) => w.line === 73)?.message).toContain('コメント');
    expect(warnings.find((w) => w.line === 75)?.message).toContain('タイトルとURLをコピーしました');
    expect(warnings.find((w) => w.line === 4)?.message).toContain('repeated title');
    expect(warnings.filter((w) => w.code !== 'boilerplate')).toEqual([]);
  });

  it('keeps every sentence of the body', () => {
    const { article } = load();
    const body = toPlainText(article.children).replace(/\s+/gu, '');
    for (const fragment of ['醸し出された親密な雰囲気', '横須賀は、在日米海軍の拠点', '国民の支持によって']) {
      expect(body).toContain(fragment);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(load())).toBe(JSON.stringify(load()));
  });
});
