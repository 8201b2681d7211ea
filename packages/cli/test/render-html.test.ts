import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, TINY_PNG } from '@kiji/fixtures';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiji-render-html-'));
});

describe('kiji render --html', () => {
  test('writes the flagship as a standalone Japanese HTML document', async () => {
    const out = join(dir, 'summit.html');
    const result = await runCli(['render', 'examples/summit-2025/article.json', '--html', out], root);
    expect(result).toEqual({ code: 0, stdout: `wrote ${out}\n`, stderr: '' });
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('2025年10月28日');
    expect(html).toContain('<style>');
    expect(html).not.toContain('kiji-vertical');
    // It carries its fonts: the Noto faces, subset, as WOFF2 inside the page.
    expect(html).toMatch(
      /@font-face \{\n {2}font-family: "Noto Serif JP";\n {2}src: url\("data:font\/woff;base64,/,
    );
    expect(html).toMatch(/font-family: "Noto Sans JP";\n {2}src: url\("data:font\/woff;base64,/);
  });

  test('--no-embed-fonts leaves the fonts to the reader, a tenth of the size; both flags are a usage error', async () => {
    const out = join(dir, 'summit-system-fonts.html');
    const result = await runCli(
      ['render', 'examples/summit-2025/article.json', '--html', out, '--no-embed-fonts'],
      root,
    );
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('@font-face');
    expect(html.length * 5).toBeLessThan(readFileSync(join(dir, 'summit.html'), 'utf8').length);
    const both = await runCli(
      [
        'render',
        'examples/summit-2025/article.json',
        '--html',
        join(dir, 'both.html'),
        '--embed-fonts',
        '--no-embed-fonts',
      ],
      root,
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--embed-fonts and --no-embed-fonts contradict each other');
    expect(existsSync(join(dir, 'both.html'))).toBe(false);
  });

  test('--vertical writes the vertical edition', async () => {
    const out = join(dir, 'summit-vertical.html');
    const result = await runCli(
      ['render', 'examples/summit-2025/article.json', '--html', out, '--vertical'],
      root,
    );
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="ja" class="kiji-vertical">');
    expect(html).toContain('writing-mode: vertical-rl');
    expect(html).toMatch(/<span class="kiji-tcy">\d{1,2}<\/span>/);
  });

  test('unsafe links are warned about on stderr with their path, and shown as text', async () => {
    const out = join(dir, 'escaping.html');
    const result = await runCli(['render', join(corpusDir, '012-escaping.json'), '--html', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'warning: children[1].children[0].url: link to "javascript:alert(1)" is shown as text',
    );
    expect(result.stderr).toContain('warning: sources[0].url:');
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('href="javascript:');
  });

  test('relative figure paths point from the HTML file back to the article folder', async () => {
    const articleDir = join(dir, 'article');
    mkdirSync(articleDir, { recursive: true });
    const article = JSON.parse(readFileSync(join(corpusDir, '008-figure.json'), 'utf8'));
    const figure = article.children.find((node: { type: string }) => node.type === 'figure');
    figure.src = 'images/photo.png';
    writeFileSync(join(articleDir, 'article.json'), JSON.stringify(article));
    mkdirSync(join(articleDir, 'images'));
    writeFileSync(join(articleDir, 'images', 'photo.png'), TINY_PNG);
    const out = join(dir, 'site', 'figure.html');
    const result = await runCli(['render', join(articleDir, 'article.json'), '--html', out]);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('src="../article/images/photo.png"');
  });

  test('an invalid article writes nothing and names the problem', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ type: 'article', schemaVersion: 1, meta: {}, children: [], sources: [] }),
    );
    const out = join(dir, 'bad.html');
    const result = await runCli(['render', bad, '--html', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/meta/);
    expect(existsSync(out)).toBe(false);
  });

  test('the help lists --html and --vertical', async () => {
    const result = await runCli(['render', '--help']);
    expect(result.stdout + result.stderr).toMatch(/--html FILE/);
    expect(result.stdout + result.stderr).toMatch(/--vertical/);
  });
});
