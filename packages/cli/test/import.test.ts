import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@kiji/core';
import { loadFixtures } from '@kiji/fixtures';
import { importText } from '@kiji/import-text';
import { parseMarkdown, toMarkdown } from '@kiji/markdown';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;

const markdown = `---
title: 見出し
language: ja
published: 2025-10-28
sources:
  - id: mainichi
    outlet: 毎日新聞
    kind: article
---

首相は述べた:cite[mainichi]。

:::quote{source=mainichi truncated}
同盟の抑止力を
:::
`;

const scraped = '見出しの記事\n\n2025年10月28日\n\n本文の段落です。これは記事の本文です。\n\nシェアする\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiji-import-'));
  writeFileSync(join(dir, 'article.md'), markdown);
  writeFileSync(join(dir, 'page.txt'), scraped);
  writeFileSync(join(dir, 'broken.md'), `${markdown}\n:::qoute\nx\n:::\n`);
});

describe('kiji import', () => {
  test('JSON to Markdown on stdout, for every fixture', async () => {
    for (const fixture of loadFixtures()) {
      const result = await runCli(['import', fixture.file, '--to', 'md']);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(parseMarkdown(result.stdout)).toEqual(parseArticle(fixture.json));
    }
  });

  test('Markdown to JSON (the default) on stdout', async () => {
    const result = await runCli(['import', 'article.md'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(parseMarkdown(markdown));
    expect(result.stdout.endsWith('}\n')).toBe(true);
  });

  test('scraped text to a Markdown file, with warnings on stderr', async () => {
    const result = await runCli(['import', 'page.txt', '-o', 'out/page.md'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('wrote out/page.md\n');
    const { article, warnings } = importText(scraped, { file: 'page.txt' });
    expect(warnings.length).toBeGreaterThan(0);
    expect(result.stderr).toBe(
      warnings
        .map((w) => `page.txt${w.line !== undefined ? `:${w.line}` : ''}: warning: ${w.message}\n`)
        .join(''),
    );
    const written = readFileSync(join(dir, 'out/page.md'), 'utf8');
    expect(parseMarkdown(written)).toEqual(article);
  });

  test('the output format follows the file extension unless --to says otherwise', async () => {
    expect((await runCli(['import', 'article.md', '-o', 'a.json'], dir)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'))).toEqual(parseMarkdown(markdown));
    expect((await runCli(['import', 'article.md', '-o', 'b.markdown'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'b.markdown'), 'utf8')).toBe(toMarkdown(parseMarkdown(markdown)));
    expect((await runCli(['import', 'article.md', '-o', 'c.md', '--to', 'json'], dir)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'c.md'), 'utf8'))).toEqual(parseMarkdown(markdown));
  });

  test('bad Markdown: the problem with its line, exit 1, nothing written', async () => {
    const result = await runCli(['import', 'broken.md', '-o', 'broken.json'], dir);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^broken\.md:17:1: unknown directive ":::qoute"/),
    });
    expect(existsSync(join(dir, 'broken.json'))).toBe(false);
  });

  test('an unsupported input is refused, naming the supported extensions', async () => {
    const result = await runCli(['import', 'notes.docx'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'notes.docx: unsupported file type ".docx": use one of .json, .md, .markdown, .txt, .html, .htm\n',
    );
  });

  test('usage errors exit 2', async () => {
    expect((await runCli(['import'], dir)).code).toBe(2);
    expect((await runCli(['import', 'a.md', 'b.md'], dir)).code).toBe(2);
    const wrongTarget = await runCli(['import', 'article.md', '--to', 'xml'], dir);
    expect(wrongTarget.code).toBe(2);
    expect(wrongTarget.stderr).toMatch(/--to xml: use one of json, md/);
  });

  test('kiji --help lists it', async () => {
    const result = await runCli(['--help']);
    expect(result.stdout).toMatch(/\n {2}import {4}/);
  });
});

describe('other commands read Markdown and text too', () => {
  test('kiji validate accepts .md', async () => {
    const result = await runCli(['validate', 'article.md'], dir);
    expect(result).toEqual({ code: 0, stdout: 'article.md: valid\n', stderr: '' });
  });

  test('kiji validate names the line and column of a Markdown problem', async () => {
    writeFileSync(
      join(dir, 'bad-date.md'),
      markdown.replace('published: 2025-10-28', 'published: 28.10.2025'),
    );
    const result = await runCli(['validate', 'bad-date.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bad-date\.md:4:12: meta\.published: expected an ISO 8601 date/);
  });

  test('kiji validate accepts .txt and prints the import warnings', async () => {
    const result = await runCli(['validate', 'page.txt'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('page.txt: valid\n');
    expect(result.stderr).toMatch(/^page\.txt(:\d+)?: warning: /);
  });

  test('kiji render gives the same bytes from the flagship in Markdown as from its JSON', async () => {
    const fromMarkdown = join(dir, 'from-md.html');
    const fromJson = join(dir, 'from-json.html');
    expect(
      (await runCli(['render', 'examples/summit-2025/article.md', '--html', fromMarkdown], root)).code,
    ).toBe(0);
    expect(
      (await runCli(['render', 'examples/summit-2025/article.json', '--html', fromJson], root)).code,
    ).toBe(0);
    expect(readFileSync(fromMarkdown)).toEqual(readFileSync(fromJson));
  });

  test('the flagship in Markdown validates', async () => {
    const result = await runCli(['validate', 'examples/summit-2025/article.md'], root);
    expect(result).toEqual({ code: 0, stdout: 'examples/summit-2025/article.md: valid\n', stderr: '' });
  });
});
