import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const article = (published: string) =>
  JSON.stringify({
    type: 'article',
    schemaVersion: 1,
    meta: { title: 'T', language: 'ja', published },
    children: [{ type: 'paragraph', children: [{ type: 'text', value: '本文' }] }],
    sources: [],
  });

describe('dates', () => {
  test.each([
    ['2025-13-01', 'month 13 does not exist'],
    ['0000-00-00', 'year 0000 is not a calendar year'],
    ['2025-02-30', 'day 30 does not exist: February 2025 has 28 days'],
    ['2025-10-28T25:61Z', 'hour 25 does not exist'],
  ])('validate refuses the impossible date %s with its JSON path', async (date, reason) => {
    const dir = mkdtempSync(join(tmpdir(), 'kiji-dates-'));
    writeFileSync(join(dir, 'a.json'), article(date));
    const result = await runCli(['validate', 'a.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`a.json: meta.published: "${date}" is not a real date: ${reason}`);
  });

  test('a Markdown date is placed by line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiji-dates-'));
    writeFileSync(join(dir, 'a.md'), '---\ntitle: T\nlanguage: ja\npublished: 2025-02-30\n---\n\n本文\n');
    const result = await runCli(['validate', 'a.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^a\.md:4:12: meta\.published: "2025-02-30" is not a real date/);
  });

  test.each(['0001-01-01', '9999-12-31T23:59:59+14:00', '2024-02-29T23:59:59-12:00'])(
    'the earliest and latest real dates render to every format: %s',
    async (date) => {
      const dir = mkdtempSync(join(tmpdir(), 'kiji-dates-'));
      writeFileSync(join(dir, 'a.json'), article(date));
      const result = await runCli(
        ['render', 'a.json', '--pdf', 'a.pdf', '--html', 'a.html', '--epub', 'a.epub'],
        dir,
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(['a.epub', 'a.html', 'a.json', 'a.pdf']);
    },
  );
});

describe('repeated options', () => {
  test('--pdf a --pdf b is a usage error and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiji-repeat-'));
    writeFileSync(join(dir, 'a.json'), article('2025-10-28'));
    const result = await runCli(['render', 'a.json', '--html', 'a.html', '--html', 'b.html'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--html is given twice ("a.html" and "b.html"): give it once');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
});
