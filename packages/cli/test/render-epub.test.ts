import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir } from '@kiji/fixtures';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiji-render-epub-'));
});

const entries = async (file: string) => JSZip.loadAsync(readFileSync(file));
const text = async (file: string, name: string) => (await entries(file)).file(name)!.async('string');

describe('kiji render --epub', { timeout: 120_000 }, () => {
  test('writes the flagship as an EPUB, the same bytes every time', async () => {
    const first = join(dir, 'summit.epub');
    const second = join(dir, 'summit-again.epub');
    const result = await runCli(['render', 'examples/summit-2025/article.json', '--epub', first], root);
    expect(result).toEqual({ code: 0, stdout: `wrote ${first}\n`, stderr: '' });
    await runCli(['render', 'examples/summit-2025/article.json', '--epub', second], root);
    const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(hash(first)).toBe(hash(second));
    expect(readFileSync(first).subarray(30, 38).toString()).toBe('mimetype');
    const opf = await text(first, 'OEBPS/content.opf');
    expect(opf).toContain('<dc:language>ja</dc:language>');
    expect(opf).toContain('page-progression-direction="ltr"');
    expect(Object.keys((await entries(first)).files).some((name) => name.includes('fonts/'))).toBe(false);
  });

  test('--vertical and --embed-fonts write the vertical edition with fonts, next to HTML', async () => {
    const epub = join(dir, 'summit-vertical.epub');
    const html = join(dir, 'summit-vertical.html');
    const result = await runCli(
      [
        'render',
        'examples/summit-2025/article.json',
        '--epub',
        epub,
        '--html',
        html,
        '--vertical',
        '--embed-fonts',
      ],
      root,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`wrote ${html}\nwrote ${epub}\n`);
    expect(await text(epub, 'OEBPS/content.opf')).toContain('page-progression-direction="rtl"');
    expect(await text(epub, 'OEBPS/style.css')).toContain('@font-face');
    expect(readFileSync(html, 'utf8')).toContain('class="kiji-vertical"');
    expect(readFileSync(epub).length).toBeLessThan(1024 * 1024);
  });

  test('--cover adds the cover image; a missing one is reported without a stack trace or output', async () => {
    const out = join(dir, 'cover.epub');
    const missing = await runCli(
      ['render', join(corpusDir, '001-minimal.json'), '--epub', out, '--cover', 'no-such.png'],
      dir,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('no-such.png: no such file or directory: check the --cover path\n');
    expect(existsSync(out)).toBe(false);
    const figure = JSON.parse(readFileSync(join(corpusDir, '008-figure.json'), 'utf8')).children[1]
      .src as string;
    const png = join(dir, 'cover.png');
    writeFileSync(png, Buffer.from(figure.split(',')[1]!, 'base64'));
    const ok = await runCli(
      ['render', join(corpusDir, '001-minimal.json'), '--epub', out, '--cover', 'cover.png'],
      dir,
    );
    expect(ok.code).toBe(0);
    expect(Object.keys((await entries(out)).files)).toContain('OEBPS/cover.png');
  });

  test('warns about unsafe links on stderr and writes no link for them', async () => {
    const out = join(dir, 'escaping.epub');
    const result = await runCli(['render', join(corpusDir, '012-escaping.json'), '--epub', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'warning: children[1].children[0].url: link to "javascript:alert(1)" is shown as text',
    );
    expect(await text(out, 'OEBPS/text.xhtml')).not.toContain('javascript:');
  });

  test('lists the EPUB options in the help', async () => {
    const result = await runCli(['render', '--help']);
    expect(result.stdout).toContain('--epub FILE');
    expect(result.stdout).toContain('--embed-fonts');
    expect(result.stdout).toContain('--cover VALUE');
  });
});
