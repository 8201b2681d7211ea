import { describe, expect, test } from 'vitest';
import { parseMarkdownWithPlaces } from '../src/index.js';

const markdown = `---
title: 見出し
language: ja
published: 2025-10-28
sources:
  - id: mainichi
    outlet: 毎日新聞
    kind: article
---

:::lede
導入。
:::

## 1. 章 {#sec-1}

本文は**強調**を含む:cite[mainichi]。

:::quote{source=mainichi}
引用。
:::

[^n1]: 注。

## まとめ {.conclusion}

- 項目[^n1]
`;

describe('parseMarkdownWithPlaces', () => {
  const { article, locate } = parseMarkdownWithPlaces(markdown);
  test('returns the same article as parseMarkdown', () => {
    expect(article.children.map((node) => node.type)).toEqual(['lede', 'section', 'conclusion']);
  });
  test('locates front matter values', () => {
    expect(locate('meta.title')).toEqual({ line: 2, column: 8 });
    expect(locate('sources[0].kind')).toEqual({ line: 8, column: 11 });
    expect(locate('sources[0]')).toEqual({ line: 6, column: 5 });
  });
  test('locates body nodes, inline nodes and notes', () => {
    expect(locate('children[0]')).toEqual({ line: 11, column: 1 });
    expect(locate('children[0].children[0]')).toEqual({ line: 12, column: 1 });
    expect(locate('children[1]')).toEqual({ line: 15, column: 1 });
    expect(locate('children[1].children[0].children[1]')).toEqual({ line: 17, column: 4 });
    expect(locate('children[1].children[0].children[3]')).toEqual({ line: 17, column: 13 });
    expect(locate('children[1].children[1]')).toEqual({ line: 19, column: 1 });
    expect(locate('children[2].children[0].children[0].children[0].children[1]')).toEqual({
      line: 27,
      column: 5,
    });
    expect(locate('notes[0].children[0]')).toEqual({ line: 23, column: 8 });
  });
  test('falls back to the nearest node it knows', () => {
    expect(locate('children[1].heading')).toEqual({ line: 15, column: 1 });
    expect(locate('children[1].children[0].children[0].value')).toEqual({ line: 17, column: 1 });
  });
});
