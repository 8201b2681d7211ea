import {
  type Article,
  article,
  aside,
  br,
  cite,
  comment,
  conclusion,
  em,
  type FlowContent,
  figure,
  lede,
  li,
  link,
  type Meta,
  note,
  noteRef,
  ol,
  p,
  parseArticle,
  quote,
  section,
  source,
  strong,
  term,
  terms,
  ul,
} from '@kiji/core';
import { describe, expect, test } from 'vitest';
import { parseMarkdown, toMarkdown } from '../src/index.js';

const meta: Meta = { title: '境界の確認', language: 'ja', published: '2025-10-28' };
const sources = [
  source({ id: 'mainichi', outlet: '毎日新聞', kind: 'article' }),
  source({ id: 'q.1', outlet: 'Outlet', kind: 'video' }),
];

function roundTrip(input: Article): void {
  const valid = parseArticle(input);
  const markdown = toMarkdown(valid);
  let back: Article;
  try {
    back = parseMarkdown(markdown);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- markdown ---\n${markdown}`);
  }
  expect(back, markdown).toEqual(valid);
}

const body = (...children: FlowContent[]) => article({ meta, sources, children });

const trickyTexts = [
  '*not emphasis* and _not either_ and `not code`',
  '[not a link](https://example.com) and ![not an image](x.png)',
  '<b>not html</b> &amp; not an entity &#x41; \\ backslash',
  '# not a heading',
  '> not a quote',
  '1. not a list',
  '2) not a list either',
  '- not a bullet',
  '+ nor this',
  '***',
  '---',
  ':::quote not a directive',
  '::leaf not a directive',
  ':cite[mainichi] is written literally',
  'a :cite here',
  'a:b[c] and a:b{c}',
  '午前9:53に始まり、Tokyo:Osaka の便。',
  'ratio 3:1 and https://example.com/a:b and mailto:desk@example.com',
  '[^n1] is not a note',
  'text ending in {#id}',
  '{.conclusion}',
  '~~not struck~~ | not | a | table |',
  '  leading spaces',
  'trailing spaces  ',
  '\tleading tab',
  '　全角スペースで始まる',
  'line one\nline two',
  '「**」と『__』',
  '100% & 50 < 60 > 40',
];

describe('text that looks like Markdown survives the round trip', () => {
  for (const value of trickyTexts) {
    test(JSON.stringify(value), () => {
      roundTrip(body(p(value)));
    });
  }
  test('in a heading', () => {
    for (const value of trickyTexts.filter((v) => !/^\s|\s$|\n/.test(v))) {
      roundTrip(body(section(value, ['本文。'])));
    }
  });
  test('in a quote, a list, a term and a caption', () => {
    for (const value of trickyTexts) {
      roundTrip(
        body(
          quote({ source: 'mainichi' }, p(value)),
          ul(value, li(p(value), ol({ start: 3 }, value))),
          terms(term('用語', p(value))),
          figure({ src: 'a.png', alt: 'x', caption: [value] }),
        ),
      );
    }
  });
});

describe('inline formatting next to Japanese punctuation', () => {
  const cases = [
    p('「', strong('重要'), '」と述べた。'),
    p(strong('「重要」'), 'と述べた。'),
    p('これは', em('（注意）'), 'です。'),
    p(strong('入れ子の', em('強調')), '。'),
    p('首相は', link('https://example.com/a_(b)', '会見'), 'で述べた', cite('mainichi', '9:53'), '。'),
    p('改行', br(), 'の後。'),
    p(link('https://example.com', 'https://example.com')),
    p({
      type: 'link',
      url: 'https://example.com',
      title: 'A "title" (here)',
      children: [{ type: 'text', value: 'titled' }],
    }),
    p('出典', cite('q.1', 'He said "hi" {x}'), '。'),
  ];
  for (const [index, paragraph] of cases.entries()) {
    test(`case ${index + 1}`, () => roundTrip(body(paragraph)));
  }
});

describe('headings', () => {
  const cases: [string, FlowContent][] = [
    ['numeric number', section('見出し', ['本文。'], { number: '1' })],
    ['dotted number', section('見出し', ['本文。'], { number: '2.1' })],
    ['number with leading zero', section('見出し', ['本文。'], { number: '01' })],
    ['number that is a word', section('見出し', ['本文。'], { number: '第1章' })],
    ['number ending in a dot', section('見出し', ['本文。'], { number: '1.' })],
    ['number and id', section('見出し', ['本文。'], { number: 'A', id: 'sec-a.1' })],
    ['text starting with a number', section('2.5 倍に増えた', ['本文。'])],
    ['text starting with an ordinal', section('1. はじめに', ['本文。'])],
    ['text starting with a number after a number', section('2. 次', ['本文。'], { number: '1' })],
    ['formatted heading', section([strong('強い'), '見出し'], ['本文。'], { number: '3' })],
    ['heading ending in formatting', section(['見出しの', em('強調')], ['本文。'], { id: 'x' })],
    ['empty heading with a number', section([], ['本文。'], { number: '4' })],
    ['heading with a note', section(['注つき', noteRef('n1')], ['本文。'])],
    ['conclusion without a heading', conclusion(undefined, ['まとめ。'])],
    ['conclusion with an id', conclusion('結論', ['まとめ。'], { id: 'end' })],
  ];
  for (const [name, node] of cases) {
    test(name, () => {
      roundTrip({ ...body(node), notes: [note('n1', '注。')] });
    });
  }
});

describe('structure', () => {
  test('blocks after a section at the top level', () => {
    roundTrip(body(section('章', ['本文。']), p('章の外。'), lede('後ろの導入。')));
  });
  test('blocks after a subsection inside a section', () => {
    roundTrip(body(section('章', ['前。', section('節', ['節の本文。']), '節の後。']), p('外。')));
  });
  test('deep nesting down to ######', () => {
    const deep = section('5', ['五。'], { number: '1.1.1.1.1' });
    const tree = section('1', ['一。', section('2', [section('3', [section('4', [deep, '四の後。'])])])]);
    roundTrip(body(tree, conclusion('結論', ['了。']), p('結論の後。')));
  });
  test('a section nested too deep for Markdown is refused with a clear message', () => {
    let node = section('6', ['本文。']);
    for (let level = 0; level < 5; level++) node = section(String(level), [node]);
    expect(() => toMarkdown(parseArticle(body(node)))).toThrow(
      'children[0].children[0].children[0].children[0].children[0].children[0]: cannot write a section nested 6 levels deep as Markdown',
    );
  });
  test('a section number that cannot be written is refused with its path', () => {
    expect(() => toMarkdown(parseArticle(body(section('章', [], { number: '*1*' }))))).toThrow(
      /^children\[0\]\.number: cannot write the section number "\*1\*" as Markdown/,
    );
  });
  test('empty section and conclusion', () => {
    roundTrip(body(section('空', []), section('空2', [], { number: '2' }), conclusion(undefined, [])));
  });
});

describe('blocks', () => {
  const cases: [string, FlowContent[]][] = [
    ['bare quote', [quote({}, '出典なしの引用。', '二段落目。')]],
    [
      'quote with every attribute',
      [
        {
          type: 'quote',
          id: 'quote-1',
          sourceId: 'q.1',
          locator: '第"3"段落 {x}',
          truncated: true,
          children: [p('引用')],
        },
      ],
    ],
    [
      'quote truncated false',
      [{ type: 'quote', sourceId: 'mainichi', truncated: false, children: [p('引用')] }],
    ],
    ['adjacent quotes', [quote({}, '一つ目。'), quote({}, '二つ目。')]],
    ['adjacent bullet lists', [ul('a', 'b'), ul('c')]],
    ['adjacent ordered lists', [ol({}, 'a'), ol({ start: 7 }, 'b')]],
    ['list starting at zero', [ol({ start: 0 }, 'zero', 'one')]],
    ['loose list item', [ul(li(p('一段落目。'), p('二段落目。')), 'b')]],
    ['item with a nested list and a paragraph after it', [ul(li(p('a'), ul('b'), p('c')))]],
    ['empty list item', [ul(li(), 'b')]],
    [
      'term list',
      [
        terms(
          term([em('抑止力'), '（deterrence）'], '相手に攻撃を思いとどまらせる力。', '二段落目。'),
          term('定義のない語'),
          term(['改行', br(), 'つき'], '定義。'),
        ),
      ],
    ],
    ['empty term list', [terms()]],
    ['bare figure', [figure({ src: 'images/a b(1).png', alt: '代替[テキスト] 9:53 *星*' })]],
    [
      'figure with everything',
      [
        figure({
          id: 'fig.1',
          src: 'https://example.com/a.png',
          alt: '',
          caption: ['図1　', strong('会場')],
          credit: '写真：共同 "x"',
          width: 1.5,
          height: 90,
        }),
      ],
    ],
    ['figure with only a credit', [figure({ src: 'a.png', alt: 'x', credit: '共同' })]],
    ['aside', [aside({ label: '補足 [1] *注*' }, '本文。', ul('a', 'b'))]],
    ['aside without label', [aside({}, '本文。')]],
    ['lede', [lede('導入。', p('二段落目', br(), '改行。'))]],
  ];
  for (const [name, children] of cases) {
    test(name, () => roundTrip(body(...children)));
  }
});

describe('metadata and trailing matter', () => {
  test('every meta field, awkward values', () => {
    roundTrip(
      article({
        id: 'article.1',
        meta: {
          title: '2025',
          kicker: 'yes',
          subtitle: 'null',
          language: 'en-GB',
          published: '2025-10-28T09:53:00+09:00',
          updated: '2025-10-29',
          authors: [
            { name: '山田 花子', role: '政治部', url: 'https://example.com/@yamada' },
            { name: '#hash' },
          ],
          publisher: { name: 'Kiji: 編集部', url: 'https://example.com' },
          tags: ['a: b', '- c', '', "it's"],
          summary: '一行目\n二行目 # not a comment',
        },
        sources,
        children: ['本文。'],
      }),
    );
  });
  test('empty notes and comments lists', () => {
    roundTrip({ ...body(p('本文。')), notes: [], comments: [] });
  });
  test('notes and comments', () => {
    roundTrip({
      ...body(p('本文', noteRef('n1'), 'と', noteRef('Note.B'), '。')),
      notes: [note('n1', '一つ目。', '二段落目。'), note('Note.B', p('出典', cite('mainichi'), 'つき。'))],
      comments: [
        comment({ id: 'c1', author: '読者 "A"', published: '2025-10-29' }, 'コメント。'),
        comment({}, '名前なし。'),
      ],
    });
  });
});
