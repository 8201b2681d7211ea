import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type InputError, isInputError, parseArticle } from '@kiji/core';
import { loadFixtures, loadPages } from '@kiji/fixtures';
import { importText } from '@kiji/import-text';
import { toMarkdown } from '@kiji/markdown';
import { describe, expect, test } from 'vitest';
import {
  extensionOf,
  formatOf,
  formatWarning,
  loadArticleBytes,
  loadArticleFile,
  loadArticleText,
} from '../src/index.js';

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (isInputError(error)) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

const markdown = `---
title: 見出し
language: ja
published: 2025-10-28
---

本文。
`;

describe('loadArticleText picks the format by extension', () => {
  test('.json', () => {
    const fixture = loadFixtures()[0]!;
    const { article, warnings } = loadArticleText(JSON.stringify(fixture.json), 'a.json');
    expect(article).toEqual(parseArticle(fixture.json));
    expect(warnings).toEqual([]);
  });
  test('Markdown results locate nodes in the file', () => {
    const { locate } = loadArticleText(markdown, 'a.md');
    expect(locate?.('children[0]')).toEqual({ line: 7, column: 1 });
    expect(locate?.('meta.published')).toEqual({ line: 4, column: 12 });
  });
  test('.md, .markdown and upper-case extensions', () => {
    for (const name of ['a.md', 'dir.v2/a.markdown', 'A.MD']) {
      const { article } = loadArticleText(markdown, name);
      expect(article.meta.title).toBe('見出し');
      expect(article.children).toEqual([
        { type: 'paragraph', children: [{ type: 'text', value: '本文。' }] },
      ]);
    }
  });
  test('.txt is imported, with warnings', () => {
    const text = '見出しの記事\n\n2025年10月28日\n\n本文の段落です。これは記事の本文です。\n\nシェアする\n';
    const { article, warnings } = loadArticleText(text, 'page.txt');
    const imported = importText(text, { file: 'page.txt' });
    expect(article).toEqual(imported.article);
    expect(article.meta.language).toBe('ja');
    expect(imported.warnings.length).toBeGreaterThan(0);
    expect(warnings).toEqual(imported.warnings.map(({ message, line, code }) => ({ message, line, code })));
  });
  test('JSON syntax errors carry the line and column and the file', () => {
    const error = inputError(() => loadArticleText('{\n  "type": "article",\n  oops\n}', 'bad.json'));
    expect(error.file).toBe('bad.json');
    expect(error.problems[0]).toMatchObject({ line: 3, column: 3 });
  });
  test('Markdown errors carry the line and column and the file', () => {
    const error = inputError(() => loadArticleText(`${markdown}\n:::qoute\nx\n:::\n`, 'bad.md'));
    expect(error.file).toBe('bad.md');
    expect(error.problems[0]).toMatchObject({ line: 9, column: 1 });
    expect(error.message).toMatch(/^bad\.md:9:1: unknown directive ":::qoute"/);
  });
  test('other extensions are refused, naming the supported ones', () => {
    expect(inputError(() => loadArticleText('x', 'article.docx')).message).toBe(
      'article.docx: unsupported file type ".docx": use one of .json, .md, .markdown, .txt, .html, .htm',
    );
    expect(inputError(() => loadArticleText('x', 'README')).message).toMatch(
      /^README: cannot tell the format of a file without an extension/,
    );
    expect(inputError(() => loadArticleText('x', '.md')).problems[0]!.message).toMatch(
      /without an extension/,
    );
  });
});

describe('helpers', () => {
  test('extensionOf', () => {
    expect(extensionOf('a/b.c/d.JSON')).toBe('.json');
    expect(extensionOf('a/b.c/d')).toBe('');
    expect(extensionOf('C:\\x\\y.md')).toBe('.md');
  });
  test('formatOf', () => {
    expect(formatOf('x.txt')).toBe('text');
    expect(formatOf('x.markdown')).toBe('markdown');
  });
  test('formatWarning', () => {
    expect(formatWarning({ message: 'dropped a line', line: 3 }, 'a.txt')).toBe(
      'a.txt:3: warning: dropped a line',
    );
    expect(formatWarning({ message: 'no date' }, 'a.txt')).toBe('a.txt: warning: no date');
  });
});

describe('loadArticleFile', () => {
  const directory = mkdtempSync(join(tmpdir(), 'kiji-load-'));
  for (const fixture of loadFixtures()) {
    test(`${fixture.name} as JSON and as Markdown`, async () => {
      const expected = parseArticle(fixture.json);
      expect((await loadArticleFile(fixture.file)).article).toEqual(expected);
      const file = join(directory, `${fixture.name}.md`);
      writeFileSync(file, toMarkdown(expected));
      expect((await loadArticleFile(file)).article).toEqual(expected);
    });
  }
  test('an unsupported extension is refused before the file is read', async () => {
    await expect(loadArticleFile(join(directory, 'missing.pdf'))).rejects.toThrow(
      /unsupported file type "\.pdf"/,
    );
  });
  test('a missing file is a file system error', async () => {
    await expect(loadArticleFile(join(directory, 'missing.md'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('saved web pages', () => {
  test('loadArticleBytes reads a Shift_JIS page in the encoding it declares', () => {
    const page = loadPages().find((candidate) => candidate.name.endsWith('sjis-ja'))!;
    const { article, warnings } = loadArticleBytes(page.bytes, 'page.html');
    expect(article.meta.title).toBe('地方から見た日米首脳会談');
    expect(warnings.some((warning) => warning.code === 'metadata')).toBe(true);
  });

  test('loadArticleText reads a decoded page by its .html or .htm name', () => {
    const html =
      '<html lang="en"><title>T</title><h1>Harbour plan passes</h1><p>The council voted on Monday, 3 March 2025.</p>';
    expect(loadArticleText(html, 'page.htm').article.meta).toMatchObject({
      title: 'Harbour plan passes',
      published: '2025-03-03',
    });
  });
});
