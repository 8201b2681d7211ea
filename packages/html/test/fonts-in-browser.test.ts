/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@kiji/core';
import { chromiumLaunchOptions, hasChromium, serveTestPage, type TestPage } from '@kiji/fixtures';
import { bundledFonts } from '@kiji/fonts';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHtmlWithFonts } from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const flagshipJson = readFileSync(new URL('../../../examples/summit-2025/article.json', import.meta.url));
const fontsDir = fileURLToPath(new URL('.', bundledFonts.serif.normal.url));
const fontsDist = join(fontsDir, '../dist');

// @kiji/html bundled for a browser (the `browser` conditions: @kiji/fonts/subset fetches its
// WebAssembly and the fonts by URL) makes in a page the bytes Node makes.
describe.runIf(hasChromium())('toHtmlWithFonts in a browser', () => {
  let served: TestPage | undefined;
  beforeAll(async () => {
    const bundle = await build({
      stdin: {
        contents: `import { parseArticle } from '@kiji/core';
import { toHtmlWithFonts } from './src/index.ts';
window.makeHtml = async () => toHtmlWithFonts(parseArticle(await (await fetch('/article.json')).json()));`,
        resolveDir: packageDir,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['browser'],
      write: false,
      logLevel: 'error',
    });
    // What the bundle asks for beside itself: HarfBuzz's subsetter and the Noto files.
    served = await serveTestPage(bundle.outputFiles[0]!.text, (path) => {
      if (path === '/article.json') return { type: 'application/json', body: flagshipJson };
      if (path === '/harfbuzz-subset.wasm')
        return { type: 'application/wasm', body: readFileSync(join(fontsDist, 'harfbuzz-subset.wasm')) };
      const file = /^\/files\/([A-Za-z0-9.-]+\.ttf)$/.exec(path);
      return file ? { type: 'font/ttf', body: readFileSync(join(fontsDir, file[1]!)) } : undefined;
    });
  });
  afterAll(() => served?.close());

  it('writes the flagship with TrueType fonts, byte for byte as Node does', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(served!.url);
      await page.waitForFunction(() => typeof (window as { makeHtml?: unknown }).makeHtml === 'function');
      const made = await page.evaluate(() =>
        (window as unknown as { makeHtml(): Promise<string> }).makeHtml(),
      );
      const node = await toHtmlWithFonts(parseArticle(JSON.parse(flagshipJson.toString('utf8'))), {
        fontFormat: 'truetype',
      });
      expect(made).toContain('src: url("data:font/ttf;base64,');
      expect(made === node, 'the page made in the browser is the one Node makes').toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
