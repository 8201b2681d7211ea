import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../src/steps/find-blocks.js';
import { toLines } from '../helpers.js';

const kinds = (text: string) =>
  findBlocks(toLines(text)).map((block) =>
    block.kind === 'heading'
      ? `${block.level}${block.number ? ` ${block.number}` : ''}: ${block.text}`
      : `${block.kind}: ${'text' in block ? block.text : ''}`,
  );

const PARAGRAPH = '本文の段落です。内容が続きます。';

describe('findBlocks', () => {
  it.each([
    ['1. 見出し', 'section 1: 見出し'],
    ['１．見出し', 'section 1: 見出し'],
    ['2) 見出し', 'section 2: 見出し'],
    ['第3章　見出し', 'section 3: 見出し'],
    ['第十二章 見出し', 'section 12: 見出し'],
    ['Chapter 4: Title', 'section 4: Title'],
    ['## 見出し', 'section #2: 見出し'],
    ['1.2 小見出し', 'section 1.2: 小見出し'],
  ])('reads %j followed by a paragraph as a numbered heading', (line, expected) => {
    expect(kinds(`${line}\n\n${PARAGRAPH}`)[0]).toBe(expected);
  });

  it('reads a run of numbered lines as list items, not headings', () => {
    expect(kinds('1. 牛乳\n2. 卵\n3. パン')).toEqual(['listItem: 牛乳', 'listItem: 卵', 'listItem: パン']);
    expect(kinds('1. 牛乳\n\n2. 卵')).toEqual(['listItem: 牛乳', 'listItem: 卵']);
  });

  it('reads a numbered sentence as a list item, not a heading', () => {
    expect(kinds(`1. これは長い文で、句点で終わります。\n\n${PARAGRAPH}`)[0]).toBe(
      'listItem: これは長い文で、句点で終わります。',
    );
  });

  it('takes a short line without a full stop, followed by a paragraph, as a subsection heading', () => {
    expect(kinds(`${PARAGRAPH}\n\n安倍元首相の遺産と役割\n\n${PARAGRAPH}`)).toEqual([
      `paragraph: ${PARAGRAPH}`,
      'subsection: 安倍元首相の遺産と役割',
      `paragraph: ${PARAGRAPH}`,
    ]);
    expect(
      kinds('Why it matters\nHeat is now the deadliest kind of weather in many regions, experts say.')[0],
    ).toBe('subsection: Why it matters');
  });

  it.each([
    ['a sentence ending in 。', 'これは短い文。'],
    ['a line ending in a colon', '用語は次のとおり:'],
    ['a line with an unclosed bracket', '防衛費に関しては「日本とし'],
    ['a date alone', '2025年10月28日'],
    ['a URL alone', 'https://example.com/page'],
    ['a long line', 'あ'.repeat(40)],
    ['a lower-case English line', 'and then it continued'],
    [
      'an English sentence of many words',
      'This Line Has Far Too Many Words To Be A Heading In Any Normal Blog Post Really',
    ],
  ])('does not take %s for a heading', (_, line) => {
    expect(kinds(`${line}\n\n${PARAGRAPH}`)[0]).toBe(`paragraph: ${line}`);
  });

  it('never takes the paragraph announced by a quote introduction for a heading', () => {
    const text = `毎日新聞の「見出し」は、次のように伝えています。\n\n会談の焦点だった防衛費に関しては\n\n${PARAGRAPH}`;
    expect(kinds(text)[1]).toBe('paragraph: 会談の焦点だった防衛費に関しては');
  });

  it('takes a short line right before a list for a heading, but not one ending in a colon', () => {
    expect(kinds('防衛力の要素\n\n• 抑止力\n• 対処力')[0]).toBe('subsection: 防衛力の要素');
    expect(kinds('Steps to take:\n\n- one\n- two')[0]).toBe('paragraph: Steps to take:');
  });

  it('needs a paragraph after a heading: a short last line stays a paragraph', () => {
    expect(kinds(`${PARAGRAPH}\n\n短い行`)).toEqual([`paragraph: ${PARAGRAPH}`, 'paragraph: 短い行']);
  });

  it('recognises conclusion headings', () => {
    expect(kinds(`結論:未来を切り開く同盟\n\n${PARAGRAPH}`)[0]).toBe('conclusion: 結論:未来を切り開く同盟');
    expect(kinds(`まとめ\n\n${PARAGRAPH}`)[0]).toBe('conclusion: まとめ');
    expect(kinds(`4. まとめ\n\n${PARAGRAPH}`)[0]).toBe('conclusion: まとめ');
    expect(kinds('In conclusion\n\nThe plan works.')[0]).toBe('conclusion: In conclusion');
    expect(kinds('まとめると、計画は有効だ。\n\n次の段落。')[0]).toBe(
      'paragraph: まとめると、計画は有効だ。',
    );
  });

  it('reads bullets with and without spaces, and indented continuation lines', () => {
    expect(kinds('  • 抑止力: 防ぐ力。\n  • 対処力: 対処する力。')).toEqual([
      'listItem: 抑止力: 防ぐ力。',
      'listItem: 対処力: 対処する力。',
    ]);
    expect(kinds('・上下分離\n・BRT')).toEqual(['listItem: 上下分離', 'listItem: BRT']);
    expect(kinds('- first item that goes on\n  and continues here\n- second')).toEqual([
      'listItem: first item that goes on and continues here',
      'listItem: second',
    ]);
  });

  it('treats a lone ■ line as a heading and a run of them as a list', () => {
    expect(kinds(`■ 現場の声\n\n${PARAGRAPH}`)[0]).toBe('subsection: 現場の声');
    expect(kinds('■ 一つ目\n■ 二つ目')).toEqual(['listItem: 一つ目', 'listItem: 二つ目']);
  });

  it('joins hard-wrapped lines, without a space between Japanese characters', () => {
    const english =
      'The meeting ran long and most of the questions were about parking, which surprised the\norganisers a great deal.';
    expect(kinds(english)).toEqual([
      'paragraph: The meeting ran long and most of the questions were about parking, which surprised the organisers a great deal.',
    ]);
    const japanese = `${'あ'.repeat(35)}\nいう文です。`;
    expect(kinds(japanese)).toEqual([`paragraph: ${'あ'.repeat(35)}いう文です。`]);
    expect(kinds('短い行\n次の行です。')).toHaveLength(2);
  });

  it('joins a word hyphenated at a wrap without a space, keeping the hyphen', () => {
    const text =
      'A sentence long enough to be wrapped by the sender at a fixed width, with a follow-\nup question.';
    expect(kinds(text)).toEqual([
      'paragraph: A sentence long enough to be wrapped by the sender at a fixed width, with a follow-up question.',
    ]);
  });

  it('reads > lines as one quoted paragraph', () => {
    const blocks = findBlocks(toLines('> 一行目です。\n> 二行目です。\n\n地の文。'));
    expect(blocks[0]).toMatchObject({
      kind: 'paragraph',
      quoteMarked: true,
      text: '一行目です。二行目です。',
    });
    expect(blocks[1]).toMatchObject({ kind: 'paragraph', text: '地の文。' });
  });
});
