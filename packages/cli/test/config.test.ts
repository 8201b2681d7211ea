import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir } from '@kiji/fixtures';
import { PAGE_SIZE_NAMES } from '@kiji/pdf';
import { beforeEach, describe, expect, test } from 'vitest';
import { configJsonSchema } from '../src/config/config-schema.js';
import { PAGE_SIZES } from '../src/config/render-settings.js';
import { fontNames, mediaBox, pageCount } from './pdf-info.js';
import { runCli } from './run-cli.js';

const fontsDir = new URL('../../fonts/files/', import.meta.url);
/** Three pages: long enough for a bigger type size to add pages. */
const flagship = new URL('../../../examples/summit-2025/article.json', import.meta.url);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiji-config-'));
  copyFileSync(join(corpusDir, '001-minimal.json'), join(dir, 'article.json'));
  copyFileSync(flagship, join(dir, 'long.json'));
});

const config = (value: unknown) => writeFileSync(join(dir, 'kiji.config.json'), JSON.stringify(value));
const roundedMediaBox = (file: string) => mediaBox(file).map(Math.round);
/** True when one of the PDF's fonts is Noto Serif JP (the default serif face). */
const usesNotoSerif = (file: string) => fontNames(file).some((name) => name.includes('NotoSerifJP'));

describe('kiji.config.json render settings', () => {
  test('apply when no flag is given; a flag wins over them', async () => {
    config({ $schema: './kiji.config.schema.json', render: { pageSize: 'A5' } });
    expect((await runCli(['render', 'article.json', '--pdf', 'a.pdf'], dir)).code).toBe(0);
    expect(roundedMediaBox(join(dir, 'a.pdf'))).toEqual([0, 0, 420, 595]);
    expect(
      (await runCli(['render', 'article.json', '--pdf', 'b.pdf', '--page-size', 'Letter'], dir)).code,
    ).toBe(0);
    expect(roundedMediaBox(join(dir, 'b.pdf'))).toEqual([0, 0, 612, 792]);
  });

  test('a PDF setting does not stop an HTML-only render', async () => {
    config({ render: { pageSize: 'A5', print: true, vertical: true } });
    const result = await runCli(['render', 'article.json', '--html', 'a.html'], dir);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toContain('vertical');
  });

  test('"embedFonts": false leaves the fonts out of the HTML; --embed-fonts wins over it', async () => {
    config({ render: { embedFonts: false } });
    expect((await runCli(['render', 'article.json', '--html', 'a.html'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).not.toContain('@font-face');
    expect((await runCli(['render', 'article.json', '--html', 'b.html', '--embed-fonts'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toContain('data:font/woff;base64,');
    config({ render: { embedFonts: true } });
    expect((await runCli(['render', 'article.json', '--html', 'c.html', '--no-embed-fonts'], dir)).code).toBe(
      0,
    );
    expect(readFileSync(join(dir, 'c.html'), 'utf8')).not.toContain('@font-face');
  });

  test('unknown keys are errors naming the key and the file, and nothing is written', async () => {
    config({
      colour: 'red',
      render: { pagesize: 'A5', fonts: { serif: 'nowhere.otf' } },
      lint: { rulez: {} },
    });
    const result = await runCli(['render', 'article.json', '--pdf', 'a.pdf'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('kiji.config.json: colour: unknown setting "colour"');
    expect(result.stderr).toContain('kiji.config.json: render: unknown field "pagesize"');
    expect(result.stderr).toContain('kiji.config.json: lint.rulez: unknown setting "rulez"');
    expect(result.stderr).toContain('kiji.config.json: render.fonts.serif: "nowhere.otf" no such file');
    expect(existsSync(join(dir, 'a.pdf'))).toBe(false);
    // lint reads the same file and refuses it the same way.
    const lint = await runCli(['lint', 'article.json'], dir);
    expect(lint.code).toBe(1);
    expect(lint.stderr).toContain('kiji.config.json: colour: unknown setting "colour"');
  });

  test('wrong values are listed with their JSON paths, an inline theme by its own validator', async () => {
    config({ render: { bleed: 40, signature: 5, theme: { baseSize: 'big', colours: {} } } });
    const result = await runCli(['render', 'article.json', '--pdf', 'a.pdf'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('kiji.config.json: render.bleed: ');
    expect(result.stderr).toContain('kiji.config.json: render.signature: ');
    expect(result.stderr).toContain('kiji.config.json: render.theme.baseSize: expected number, got "big"');
    expect(result.stderr).toContain('kiji.config.json: render.theme: unknown field "colours"');
  });

  test('--config names another file; a missing one is a usage error', async () => {
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ render: { pageSize: 'JIS-B5' } }));
    expect(
      (await runCli(['render', 'article.json', '--pdf', 'a.pdf', '--config', 'other.json'], dir)).code,
    ).toBe(0);
    expect(roundedMediaBox(join(dir, 'a.pdf'))).toEqual([0, 0, 516, 729]);
    expect(
      (await runCli(['render', 'article.json', '--pdf', 'a.pdf', '--config', 'none.json'], dir)).code,
    ).toBe(2);
  });

  test('fonts and a theme file from the config, relative to it', async () => {
    mkdirSync(join(dir, 'settings'));
    copyFileSync(new URL('NotoSansJP-Regular.ttf', fontsDir), join(dir, 'settings', 'Gothic.ttf'));
    writeFileSync(join(dir, 'settings', 'theme.json'), JSON.stringify({ baseSize: 20 }));
    writeFileSync(
      join(dir, 'settings', 'kiji.config.json'),
      JSON.stringify({ render: { fonts: { serif: 'Gothic.ttf' }, theme: 'theme.json' } }),
    );
    expect((await runCli(['render', 'long.json', '--pdf', 'plain.pdf'], dir)).code).toBe(0);
    const result = await runCli(
      ['render', 'long.json', '--pdf', 'set.pdf', '--config', 'settings/kiji.config.json'],
      dir,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(usesNotoSerif(join(dir, 'set.pdf'))).toBe(false);
    expect(usesNotoSerif(join(dir, 'plain.pdf'))).toBe(true);
    expect(pageCount(join(dir, 'set.pdf'))).toBeGreaterThan(pageCount(join(dir, 'plain.pdf')));
  });

  test('the committed schema is the validator’s (pnpm --filter @kiji/cli schema rewrites it), and kiji schema --config prints it', async () => {
    const committed = JSON.parse(
      readFileSync(new URL('../schema/kiji.config.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(await configJsonSchema());
    expect(committed.additionalProperties).toBe(false);
    expect(committed.properties.render.additionalProperties).toBe(false);
    const printed = await runCli(['schema', '--config'], dir);
    expect(JSON.parse(printed.stdout)).toEqual(committed);
    expect([...PAGE_SIZES]).toEqual([...PAGE_SIZE_NAMES]);
  });
});

describe('--font and --theme', () => {
  test('--font ROLE=FILE sets a face; a missing file, a non-font and an unknown role are refused', async () => {
    copyFileSync(new URL('NotoSansJP-Regular.ttf', fontsDir), join(dir, 'Gothic.ttf'));
    const ok = await runCli(['render', 'article.json', '--pdf', 'a.pdf', '--font', 'serif=Gothic.ttf'], dir);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(usesNotoSerif(join(dir, 'a.pdf'))).toBe(false);

    const missing = await runCli(
      ['render', 'article.json', '--pdf', 'b.pdf', '--font', 'serif=none.otf'],
      dir,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('none.otf: no such file or directory');
    const notFont = await runCli(
      ['render', 'article.json', '--pdf', 'b.pdf', '--font', 'sans=article.json'],
      dir,
    );
    expect(notFont.code).toBe(1);
    expect(notFont.stderr).toContain('article.json: is not a TrueType or OpenType font');
    writeFileSync(join(dir, 'web.woff2'), 'wOF2 and the rest');
    const woff = await runCli(['render', 'article.json', '--pdf', 'b.pdf', '--font', 'serif=web.woff2'], dir);
    expect(woff.stderr).toContain('web.woff2: is a WOFF2 web font');
    const role = await runCli(['render', 'article.json', '--pdf', 'b.pdf', '--font', 'body=Gothic.ttf'], dir);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('ROLE one of serif, serif-bold, sans');
    expect(existsSync(join(dir, 'b.pdf'))).toBe(false);
    // --font belongs to the PDF.
    expect(
      (await runCli(['render', 'article.json', '--html', 'a.html', '--font', 'serif=Gothic.ttf'], dir)).code,
    ).toBe(2);
  });

  test('--theme FILE is checked with JSON paths; a valid theme changes the page', async () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ baseSize: 'big', colors: { accent: 'red', text: '#000' }, extra: 1 }),
    );
    const bad = await runCli(['render', 'article.json', '--pdf', 'a.pdf', '--theme', 'bad.json'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json: baseSize: expected number, got "big"');
    expect(bad.stderr).toContain('bad.json: colors.accent: expected a CSS hex colour');
    expect(bad.stderr).toContain('bad.json: unknown field "extra"');
    expect(existsSync(join(dir, 'a.pdf'))).toBe(false);
    const missing = await runCli(['render', 'article.json', '--pdf', 'a.pdf', '--theme', 'none.json'], dir);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toContain('none.json: no such file or directory');
    writeFileSync(join(dir, 'big.json'), JSON.stringify({ $schema: 'theme.schema.json', baseSize: 20 }));
    expect((await runCli(['render', 'long.json', '--pdf', 'plain.pdf'], dir)).code).toBe(0);
    expect((await runCli(['render', 'long.json', '--pdf', 'big.pdf', '--theme', 'big.json'], dir)).code).toBe(
      0,
    );
    expect(pageCount(join(dir, 'big.pdf'))).toBeGreaterThan(pageCount(join(dir, 'plain.pdf')));
  });
});
