import { type InputError, isInputError } from '@kiji/core';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../src/index.js';

const FRONT = '---\ntitle: 見出し\nlanguage: ja\npublished: 2025-10-28\n---\n';

function problemsOf(markdown: string, file = 'article.md'): InputError['problems'] {
  try {
    parseMarkdown(markdown, { file });
  } catch (error) {
    if (isInputError(error)) {
      expect(error.file).toBe(file);
      return error.problems;
    }
    throw error;
  }
  throw new Error('expected an InputError');
}

function messageOf(markdown: string): string {
  try {
    parseMarkdown(markdown, { file: 'article.md' });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('errors name the line and column', () => {
  test('front matter that is not YAML', () => {
    const problems = problemsOf(
      '---\ntitle: 会談: 合意\nlanguage: ja\npublished: 2025-10-28\n---\n\n本文。\n',
    );
    expect(problems).toEqual([
      {
        path: '',
        line: 2,
        column: 8,
        message: expect.stringMatching(/^front matter is not valid YAML: Nested mappings .* in quotes\)$/),
      },
    ]);
  });
  test('a duplicate front matter key', () => {
    const problems = problemsOf('---\ntitle: a\ntitle: b\nlanguage: ja\npublished: 2025-10-28\n---\n');
    expect(problems[0]).toMatchObject({ line: 3, column: 1 });
    expect(problems[0]!.message).toMatch(/front matter is not valid YAML: .*[Uu]nique/);
  });
  test('an unknown front matter key', () => {
    const problems = problemsOf('---\ntitle: a\nlanguage: ja\npublished: 2025-10-28\nauthor: 山田\n---\n');
    expect(problems).toEqual([
      {
        path: '',
        line: 5,
        column: 1,
        message: expect.stringMatching(/^unknown front matter key "author": use one of .*authors/),
      },
    ]);
  });
  test('missing front matter', () => {
    expect(problemsOf('## 見出し\n\n本文。\n')).toEqual([
      {
        path: '',
        line: 1,
        column: 1,
        message: expect.stringMatching(/^missing front matter: start the file with "---"/),
      },
    ]);
  });
  test('front matter that is opened but never closed', () => {
    expect(problemsOf('---\ntitle: a\nlanguage: ja\n\n本文。\n')[0]).toEqual({
      path: '',
      line: 1,
      column: 1,
      message:
        'the front matter opened by "---" on line 1 is never closed: add a line "---" after its last "key: value" line',
    });
  });
  test('an invalid date in the front matter', () => {
    const problems = problemsOf('---\ntitle: a\nlanguage: ja\npublished: 2025/10/28\n---\n\n本文。\n');
    expect(problems).toEqual([
      {
        path: 'meta.published',
        line: 4,
        column: 12,
        message: expect.stringMatching(/ISO 8601 date/),
      },
    ]);
  });
  test('a missing title points at the front matter', () => {
    const problems = problemsOf('\n---\nlanguage: ja\npublished: 2025-10-28\n---\n');
    // A front matter block must open the file; a blank line before it makes it text.
    expect(problems[0]).toMatchObject({
      line: 1,
      column: 1,
      message: expect.stringMatching(/missing front matter/),
    });
    const missing = problemsOf('---\nlanguage: ja\npublished: 2025-10-28\n---\n');
    expect(missing).toEqual([
      { path: 'meta.title', line: 1, column: 1, message: 'required: expected string' },
    ]);
  });
  test('an invalid source date and kind point at the source', () => {
    const markdown = `---
title: a
language: ja
published: 2025-10-28
sources:
  - id: mainichi
    outlet: 毎日新聞
    kind: newspaper
    published: yesterday
---
`;
    const problems = problemsOf(markdown);
    expect(problems.map(({ path, line, column }) => ({ path, line, column }))).toEqual([
      { path: 'sources[0].kind', line: 8, column: 11 },
      { path: 'sources[0].published', line: 9, column: 16 },
    ]);
  });
  test('an unknown block directive', () => {
    const problems = problemsOf(`${FRONT}\n本文。\n\n:::qoute{source=mainichi}\n引用。\n:::\n`);
    expect(problems).toEqual([
      {
        path: '',
        line: 9,
        column: 1,
        message: expect.stringMatching(/^unknown directive ":::qoute": use one of .*:::quote/),
      },
    ]);
  });
  test('an unknown inline directive', () => {
    const problems = problemsOf(`${FRONT}\n首相は述べた:site[mainichi]。\n`);
    expect(problems).toEqual([
      {
        path: '',
        line: 7,
        column: 7,
        message: expect.stringMatching(/^unknown directive ":site": .*:cite\[source-id\]/),
      },
    ]);
  });
  test('a citation of a source that is not in the front matter', () => {
    const problems = problemsOf(`${FRONT}\n一段落目。\n\n首相は述べた:cite[mainichi]。\n`);
    expect(problems).toEqual([
      {
        path: 'children[1].children[1].sourceId',
        line: 9,
        column: 7,
        message: 'unknown source "mainichi": add it to "sources" or use one of: (none defined)',
      },
    ]);
  });
  test('a quote from a source that is not in the front matter', () => {
    const problems = problemsOf(`${FRONT}\n## 1. 章\n\n:::quote{source=mainichi}\n引用。\n:::\n`);
    expect(problems[0]).toMatchObject({ path: 'children[0].children[0].sourceId', line: 9, column: 1 });
  });
  test('a note reference without its note', () => {
    const problems = problemsOf(`${FRONT}\n本文[^n1]。\n`);
    expect(problems).toEqual([
      { path: '', line: 7, column: 3, message: expect.stringMatching(/^note \[\^n1\] has no definition/) },
    ]);
  });
  test('a block that the model does not allow where it stands', () => {
    const problems = problemsOf(`${FRONT}\n:::aside[補足]\n> 引用\n:::\n`);
    expect(problems[0]).toMatchObject({ path: 'children[0].children[0].type', line: 8, column: 1 });
  });
  test('Markdown the model has no place for', () => {
    const problems = problemsOf(`${FRONT}\n# 題\n\n    code\n\n<div>x</div>\n\n\`a\` and <b>b</b>\n\n***\n`);
    expect(problems.map((problem) => [problem.line, problem.column, problem.message.split(':')[0]])).toEqual([
      [7, 1, 'a "#" heading is not used'],
      [9, 1, 'a code block is not supported'],
      [11, 1, 'raw HTML is not supported'],
      [13, 1, 'inline code `a` is not supported'],
      [13, 9, 'raw HTML "<b>" is not supported'],
      [13, 13, 'raw HTML "</b>" is not supported'],
      [15, 1, 'a rule (***) closes the open section, but none is open here'],
    ]);
  });
  test('structure problems', () => {
    const markdown = `${FRONT}
## 章

:::lede
導入。
:::

## 結論 {.conclusion number=1}

### 節

:::terms
- 用語
  定義
:::

:::figure{width=wide}
本文
:::
`;
    expect(problemsOf(markdown).map((problem) => [problem.line, problem.message])).toEqual([
      [9, expect.stringMatching(/^the lede stands at the top level/)],
      [13, 'the conclusion has no number: remove it'],
      [15, expect.stringMatching(/^the conclusion holds no sections/)],
      [18, expect.stringMatching(/^a term is one line/)],
      [22, 'width="wide" is not a size: write a number of pixels like width=640'],
      [23, ':::figure starts with the image on a line of its own: ![alt](src)'],
    ]);
  });
  test('the message names file, line and column', () => {
    expect(messageOf(`${FRONT}\n本文:cite[x]。\n`)).toBe(
      'article.md:7:3: children[0].children[1].sourceId: unknown source "x": add it to "sources" or use one of: (none defined)',
    );
  });
  test('notes written twice', () => {
    const problems = problemsOf(`${FRONT}\n本文[^a]。\n\n[^a]: 一。\n\n[^A]: 二。\n`);
    expect(problems).toEqual([
      {
        path: '',
        line: 11,
        column: 1,
        message: expect.stringMatching(/^note \[\^A\] is defined twice \(first on line 9\)/),
      },
    ]);
  });
});

describe('front matter beyond what Kiji reads names its line and column', () => {
  const front = (yaml: string) =>
    `---\ntitle: 見出し\nlanguage: ja\npublished: 2025-10-28\n${yaml}\n---\n\n本文。\n`;

  test('an alias bomb (aliases of aliases) names the first alias', () => {
    const bomb = [
      'summary: &a [x, x, x, x, x, x, x, x, x]',
      'place: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'subtitle: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'tags: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    expect(problemsOf(front(bomb))).toEqual([
      {
        path: '',
        line: 6,
        column: 12,
        message:
          'front matter expands the alias *a too many times (aliases of aliases multiply): write the values out instead',
      },
    ]);
  });

  test('lists nested deeper than 32 levels: "nested too deeply" at the place', () => {
    expect(problemsOf(front(`tags: ${'['.repeat(40)}x${']'.repeat(40)}`))).toEqual([
      {
        path: '',
        line: 5,
        column: 38,
        message: 'front matter is nested too deeply (more than 32 levels of lists or maps here): flatten it',
      },
    ]);
  });

  test('nesting deep enough to exhaust the parser: the same message at its place', () => {
    const [problem] = problemsOf(front(`tags: ${'['.repeat(20_000)}x${']'.repeat(20_000)}`));
    expect(problem).toEqual({
      path: '',
      line: 5,
      column: expect.any(Number),
      message: expect.stringMatching(/^front matter is nested too deeply/),
    });
  });
});
