import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir } from '@kiji/fixtures';
import { beforeAll, describe, expect, test } from 'vitest';
import { mediaBox } from './pdf-info.js';
import { runCli } from './run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = join(corpusDir, '001-minimal.json');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiji-render-pdf-'));
});

describe('kiji render --pdf --print', () => {
  test('writes a print-ready PDF: trim, bleed and media boxes, PDF/X-4 keys, padded to the signature', async () => {
    const out = join(dir, 'print.pdf');
    const result = await runCli(
      ['render', fixture, '--pdf', out, '--page-size', 'A5', '--print', '--bleed', '5', '--signature', '4'],
      root,
    );
    expect(result).toEqual({ code: 0, stdout: `wrote ${out}\n`, stderr: '' });
    const text = readFileSync(out).toString('latin1');
    const box = (name: string) =>
      new RegExp(`/${name}\\s*\\[\\s*([\\d.\\s-]+)\\]`).exec(text)![1]!.trim().split(/\s+/).map(Number);
    expect(box('TrimBox').map((value) => Math.round(value * 100) / 100)).toEqual([0, 0, 419.53, 595.28]);
    const bleed = (5 * 72) / 25.4;
    expect(box('BleedBox')[0]).toBeCloseTo(-bleed, 3);
    expect(box('MediaBox')[0]!).toBeLessThan(-bleed - 28);
    expect(text).toMatch(/\/GTS_PDFXVersion \(PDF\/X-4\)/);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(4);
  });

  test('refuses --bleed without --print and a signature it cannot fold', async () => {
    const bleed = await runCli(['render', fixture, '--pdf', join(dir, 'b.pdf'), '--bleed', '3'], root);
    expect(bleed.code).toBe(2);
    expect(bleed.stderr).toMatch(/--bleed applies to --print only/);
    const signature = await runCli(
      ['render', fixture, '--pdf', join(dir, 's.pdf'), '--signature', '6'],
      root,
    );
    expect(signature.code).toBe(2);
    expect(signature.stderr).toMatch(/--signature "6" is not a page count per signature: use 4, 8 or 16/);
    expect(existsSync(join(dir, 'b.pdf')) || existsSync(join(dir, 's.pdf'))).toBe(false);
  });
});

describe('kiji render --pdf', () => {
  test('writes a PDF of the flagship', async () => {
    const out = join(dir, 'summit.pdf');
    const result = await runCli(['render', 'examples/summit-2025/article.json', '--pdf', out], root);
    expect(result).toEqual({ code: 0, stdout: `wrote ${out}\n`, stderr: '' });
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(mediaBox(out).map(Math.round)).toEqual([0, 0, 595, 842]);
  });

  test('--page-size JIS-B5 sets a 182 x 257 mm page', async () => {
    const out = join(dir, 'b5.pdf');
    const result = await runCli(['render', fixture, '--pdf', out, '--page-size', 'JIS-B5'], root);
    expect(result.code).toBe(0);
    const [, , width, height] = mediaBox(out);
    expect(((width! / 72) * 25.4).toFixed(0)).toBe('182');
    expect(((height! / 72) * 25.4).toFixed(0)).toBe('257');
  });

  test('an unknown --page-size is a usage error (exit 2) and writes nothing', async () => {
    const out = join(dir, 'bad-size.pdf');
    const result = await runCli(['render', fixture, '--pdf', out, '--page-size', 'B5'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown --page-size "B5": use one of A4, JIS-B5, A5, Letter');
    expect(existsSync(out)).toBe(false);
  });

  test('an invalid article exits 1, lists its problems and writes no file', async () => {
    const article = JSON.parse(readFileSync(fixture, 'utf8'));
    article.meta.title = '';
    article.meta.language = 42;
    const input = join(dir, 'invalid.json');
    writeFileSync(input, JSON.stringify(article));
    const out = join(dir, 'invalid-out', 'invalid.pdf');
    const result = await runCli(['render', input, '--pdf', out], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('meta.title');
    expect(result.stderr).toContain('meta.language');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  test('an unwritable output path gives a clear message, exit 1, no stray files', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const canWrite = spawnSync('sh', ['-c', `touch "${locked}/probe"`]).status === 0;
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a directory');
    // Root may write anywhere: a path through a regular file fails for everyone.
    const out = canWrite ? join(blocker, 'out.pdf') : join(locked, 'out.pdf');
    const result = await runCli(['render', fixture, '--pdf', out], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^kiji render: .*(permission denied|not a directory|already exists)/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(locked).filter((name) => name !== 'probe')).toEqual([]);
  });

  test('missing glyphs are reported as warnings with their place', async () => {
    const out = join(dir, 'glyphs.pdf');
    const result = await runCli(['render', join(corpusDir, '014-missing-glyphs.json'), '--pdf', out], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^warning: children\[0\]\.children\[0\]\.value: "🎌" U\+1F38C at offset 3/m,
    );
  });
});
