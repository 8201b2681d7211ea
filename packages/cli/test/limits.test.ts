import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { parseSize } from '../src/input-limits.js';
import { runCli } from './run-cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiji-limits-'));
});

const FRONT = '---\ntitle: T\nlanguage: en\npublished: 2025-10-28\n---\n\n';

describe('input over the limits is refused with exit 1, naming the limit and how to raise it', () => {
  test('a file larger than --max-input is not read', async () => {
    writeFileSync(join(dir, 'a.md'), `${FRONT}${'Text. '.repeat(400)}\n`);
    const { code, stderr } = await runCli(['validate', 'a.md', '--max-input', '1kB'], dir);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'a.md: the input is larger than the 1 kB Kiji reads (2.4 kB): split the article, or raise the limit with --max-input (e.g. --max-input 20MB)\n',
    );
    expect((await runCli(['validate', 'a.md', '--max-input', '3kB'], dir)).code).toBe(0);
  });

  test('the default is 5 MB', async () => {
    writeFileSync(join(dir, 'big.txt'), `Title\n\n${'word '.repeat(1_100_000)}\n`);
    const { code, stderr } = await runCli(['import', 'big.txt'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('larger than the 5 MB Kiji reads (5.2 MB)');
  });

  test('a device is read no further than the limit', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    const { code, stderr } = await runCli(['validate', 'zero.txt', '--max-input', '64kB'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('zero.txt: the input is larger than the 64 kB Kiji reads: split the article');
  });

  test('an article of more blocks than --max-blocks', async () => {
    writeFileSync(join(dir, 'a.md'), `${FRONT}${'A paragraph.\n\n'.repeat(30)}`);
    const { code, stderr } = await runCli(['render', 'a.md', '--html', 'a.html', '--max-blocks', '20'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'a.md: the article has 30 blocks (paragraphs, list items, sections…), more than the 20 Kiji renders: split the article, or raise the limit with --max-blocks',
    );
    expect((await runCli(['lint', 'a.md', '--max-blocks', '30'], dir)).code).toBe(0);
  });

  test('a 300,000-character kicker and a 1,000,000-character paragraph are refused at once, named by path', async () => {
    const article = {
      type: 'article',
      schemaVersion: 1,
      meta: { title: 'T', kicker: '見出し'.repeat(100_000), language: 'ja', published: '2025-10-28' },
      children: [{ type: 'paragraph', children: [{ type: 'text', value: '文。'.repeat(500_000) }] }],
      sources: [],
    };
    writeFileSync(join(dir, 'long.json'), JSON.stringify(article));
    const { code, stderr } = await runCli(['render', 'long.json', '--pdf', 'long.pdf'], dir);
    expect(code).toBe(1);
    expect(stderr).toBe(
      [
        'long.json: meta.kicker: 300000 characters, more than the 2000 Kiji sets in one field (a title, heading, caption, name or URL): shorten it, or raise the limit with --max-field-chars (e.g. --max-field-chars 10000)',
        'long.json: children[0]: a paragraph of 1000000 characters, more than the 20000 Kiji sets in one: split it into paragraphs, or raise the limit with --max-paragraph-chars (e.g. --max-paragraph-chars 100000)',
        '',
      ].join('\n'),
    );
    const raised = ['--max-field-chars', '300000', '--max-paragraph-chars', '1000000'];
    expect((await runCli(['validate', 'long.json', ...raised], dir)).code).toBe(0);
  });

  test('a limit that is not a size or a count is a usage error', async () => {
    writeFileSync(join(dir, 'a.md'), `${FRONT}Text.\n`);
    expect((await runCli(['validate', 'a.md', '--max-input', 'lots'], dir)).code).toBe(2);
    expect((await runCli(['validate', 'a.md', '--max-blocks', '-3'], dir)).code).toBe(2);
  });
});

describe('parseSize', () => {
  test.each([
    ['1048576', 1048576],
    ['5MB', 5 * 1024 * 1024],
    ['800kB', 800 * 1024],
    ['2.5 MB', 2.5 * 1024 * 1024],
    ['1g', 1024 ** 3],
    ['0', undefined],
    ['5 parsecs', undefined],
  ])('%s', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });
});
