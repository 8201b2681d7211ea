import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../src/index.js';

const FRONT = '---\ntitle: 見出し\nlanguage: ja\npublished: 2025-10-28\n---\n\n';
const read = (body: string) => parseMarkdown(FRONT + body).children;
const text = (value: string) => ({ type: 'text', value });
const paragraph = (...children: object[]) => ({ type: 'paragraph', children });

describe('Markdown that editors write, beyond what toMarkdown produces', () => {
  test('reference links and autolinks become links', () => {
    expect(
      read('[外務省][mofa]と[mofa]と<https://example.com>。\n\n[mofa]: https://www.mofa.go.jp/ "外務省"\n'),
    ).toEqual([
      paragraph(
        { type: 'link', url: 'https://www.mofa.go.jp/', title: '外務省', children: [text('外務省')] },
        text('と'),
        { type: 'link', url: 'https://www.mofa.go.jp/', title: '外務省', children: [text('mofa')] },
        text('と'),
        { type: 'link', url: 'https://example.com', children: [text('https://example.com')] },
        text('。'),
      ),
    ]);
  });
  test('HTML comments are skipped, and the text around them joins up', () => {
    expect(read('<!-- 編集メモ: 確認中 -->\n\n前<!-- x -->後。\n')).toEqual([paragraph(text('前後。'))]);
  });
  test('other list markers, and a setext heading as a section', () => {
    expect(read('見出し\n---\n\n* 一\n+ 二\n\n1) 一\n2) 二\n')).toEqual([
      {
        type: 'section',
        heading: [text('見出し')],
        children: [
          {
            type: 'list',
            ordered: false,
            children: [{ type: 'listItem', children: [paragraph(text('一'))] }],
          },
          {
            type: 'list',
            ordered: false,
            children: [{ type: 'listItem', children: [paragraph(text('二'))] }],
          },
          {
            type: 'list',
            ordered: true,
            children: [
              { type: 'listItem', children: [paragraph(text('一'))] },
              { type: 'listItem', children: [paragraph(text('二'))] },
            ],
          },
        ],
      },
    ]);
  });
  test('heading attributes in any order, with single quotes and spaces', () => {
    expect(read("## 付録 { number='A'  #appendix }\n")).toEqual([
      { type: 'section', id: 'appendix', number: 'A', heading: [text('付録')], children: [] },
    ]);
  });
  test('truncated=false and quoted attribute values with character references', () => {
    expect(read(':::quote{truncated=false locator="&quot;3&quot; 段落"}\n引用。\n:::\n')).toEqual([
      { type: 'quote', truncated: false, locator: '"3" 段落', children: [paragraph(text('引用。'))] },
    ]);
  });
});
