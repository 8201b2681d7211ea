import { describe, expect, it } from 'vitest';
import type { QuoteBlock } from '../../src/types.js';
import { draftBlocks, makeContext } from '../helpers.js';
import { draftOf } from '../pipeline.js';

const quotesOf = (text: string) =>
  draftBlocks(draftOf(`題名\n\nリードの文です。\n\n${text}`, 'quotes')).filter(
    (block): block is QuoteBlock => block.kind === 'quote',
  );
const texts = (quote: QuoteBlock) => quote.paragraphs.map((paragraph) => paragraph.text);

describe('findQuotes', () => {
  it.each([
    '読売新聞の記事「見出し」は、以下のように伝えています。',
    '毎日新聞の「見出し」は、会談の内容を次のように伝えています。',
    '読売新聞の記事「見出し」には、以下のような記述があります。',
    '共同通信は次のように報じた。',
    '声明には次のように書かれています。',
    '首相は次のように語った。',
    'The Example Times reported:',
    'The statement reads as follows:',
    'According to Reuters:',
  ])('takes the paragraph after %j as a quote', (intro) => {
    const quotes = quotesOf(`${intro}\n\n引用された一文である。\n\nこの記述は重要です。`);
    expect(quotes).toHaveLength(1);
    expect(texts(quotes[0]!)).toEqual(['引用された一文である。']);
    expect(quotes[0]!.intro?.text).toBe(intro);
  });

  it('takes a cited source with a reporting verb as an introduction, unless commentary follows', () => {
    const intro = '毎日新聞の「見出し」は、防衛費の増額についても言及しています。';
    expect(quotesOf(`${intro}\n\n会談の焦点に関しては「日本とし\n\n続き。`)).toHaveLength(1);
    expect(quotesOf(`${intro}\n\nこれは重要な指摘です。`)).toHaveLength(0);
  });

  it.each([
    '本記事では、以下のように説明します。',
    '手順は次のとおりです。',
    'Consider the following:',
    'The steps are as follows:',
  ])('does not take the author announcing their own text (%j) for a quote introduction', (intro) => {
    expect(quotesOf(`${intro}\n\n本文が続きます。`)).toHaveLength(0);
  });

  it('does not take ordinary paragraphs for introductions', () => {
    expect(quotesOf('防衛力強化は、以下の二つの要素から成り立ちます。\n\n次の段落です。')).toHaveLength(0);
    expect(
      quotesOf('日テレNEWSの動画「見出し」でも、会談の様子が報道されています。\n\n次の段落です。'),
    ).toHaveLength(0);
  });

  it.each([
    ['会談の焦点に関しては「日本とし', true, '会談の焦点に関しては「日本とし'],
    ['迎賓館で握手。9:53頃 首脳会談の …', true, '迎賓館で握手。9:53頃 首脳会談の'],
    ['The talks ended...', true, 'The talks ended'],
    ['首相は「確認した」と強調。', false, '首相は「確認した」と強調。'],
    ['“We agreed,” she said.', false, '“We agreed,” she said.'],
    ['「同盟を強化する」', false, '「同盟を強化する」'],
  ])('marks %j truncated: %s', (body, truncated, kept) => {
    const quote = quotesOf(`共同通信は次のように報じた。\n\n${body}\n\n後の段落。`)[0]!;
    expect(quote.truncated).toBe(truncated);
    expect(texts(quote)).toEqual([kept]);
  });

  it('makes consecutive > paragraphs one quote, with or without an introduction', () => {
    const quotes = quotesOf('> 一つ目の段落。\n\n> 二つ目の段落。\n\n地の文。');
    expect(quotes).toHaveLength(1);
    expect(texts(quotes[0]!)).toEqual(['一つ目の段落。', '二つ目の段落。']);
    expect(quotes[0]!.intro).toBeUndefined();
  });

  it('lets the lede introduce the first quote', () => {
    const draft = draftOf('題名\n\n共同通信は次のように報じた。\n\n引用文。\n\n地の文。', 'quotes');
    expect(draft.body[0]).toMatchObject({ kind: 'quote' });
  });

  it('warns when an explicit introduction is followed by no paragraph', () => {
    const context = makeContext();
    draftOf('題名\n\nリード。\n\n共同通信は次のように報じた。\n\n• 項目', 'quotes', context);
    expect(context.warnings).toEqual([
      { line: 5, code: 'quote-without-body', message: expect.stringContaining('no paragraph follows') },
    ]);
  });
});
