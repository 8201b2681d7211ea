import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir } from '@kiji/fixtures';
import { beforeAll, describe, expect, test } from 'vitest';
import { outputNames } from '../src/commands/output-names.js';
import { runCli } from './run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiji-render-batch-'));
  writeFileSync(join(dir, 'broken.json'), '{"type": "article", "children": [');
  writeFileSync(
    join(dir, 'note.md'),
    '---\nid: note\ntitle: A short note\npublished: 2025-10-28\nlanguage: en\n---\n\nOne paragraph.\n',
  );
});

describe('kiji render … --out-dir', () => {
  test('renders every good article, reports the bad one and exits 1 at the end', async () => {
    const out = join(dir, 'out');
    const inputs = [
      join(root, 'examples/summit-2025/article.json'),
      join(dir, 'broken.json'),
      join(corpusDir, '001-minimal.json'),
      join(dir, 'note.md'),
    ];
    const result = await runCli(
      ['render', ...inputs, '--out-dir', out, '--jobs', '2', '--pdf', '--html'],
      dir,
    );
    expect(result.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual([
      '001-minimal.html',
      '001-minimal.pdf',
      'article.html',
      'article.pdf',
      'note.html',
      'note.pdf',
    ]);
    for (const name of ['article.pdf', '001-minimal.pdf', 'note.pdf']) {
      expect(readFileSync(join(out, name)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    expect(result.stderr).toContain(join(dir, 'broken.json'));
    expect(result.stderr).toMatch(/failed \(1\): .*broken\.json/);
    expect(result.stdout).toMatch(/rendered 3 of 4 articles \(6 files in .*\) in [\d.]+ s with 2 workers/);
    // Nothing half-written is left behind.
    expect(readdirSync(out).some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  test('the same bytes as rendering the article alone', async () => {
    const alone = join(dir, 'alone.pdf');
    const article = join(corpusDir, '001-minimal.json');
    expect((await runCli(['render', article, '--pdf', alone], dir)).code).toBe(0);
    const out = join(dir, 'same');
    const result = await runCli(['render', article, '--out-dir', out], dir);
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, '001-minimal.pdf')).equals(readFileSync(alone))).toBe(true);
  });

  test('misuse is refused before anything is rendered', async () => {
    const out = join(dir, 'never');
    const jobs = await runCli(['render', 'a.json', '--out-dir', out, '--jobs', 'two'], dir);
    expect(jobs).toMatchObject({ code: 2 });
    expect(jobs.stderr).toContain('--jobs "two"');
    const named = await runCli(['render', 'a.json', '--out-dir', out, '--pdf=x.pdf'], dir);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('give --pdf alone');
    const several = await runCli(['render', 'a.json', 'b.json', '--pdf', 'x.pdf'], dir);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('--out-dir');
    expect(existsSync(out)).toBe(false);
  });
});

describe('outputNames', () => {
  test('file names, with folder names in front where they clash', () => {
    expect(outputNames(['a/x.json', 'b/y.md'], '/w')).toEqual(['x', 'y']);
    expect(outputNames(['a/article.json', 'b/article.json', 'c.txt'], '/w')).toEqual([
      'a-article',
      'b-article',
      'c',
    ]);
    expect(outputNames(['p/a/article.json', 'q/a/article.json'], '/w')).toEqual([
      'p-a-article',
      'q-a-article',
    ]);
  });
});
