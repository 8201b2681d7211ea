/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@kiji/core';
import { chromiumLaunchOptions, hasChromium } from '@kiji/fixtures';
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
  let server: Server | undefined;
  let url = '';
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
    const script = bundle.outputFiles[0]!.text;
    server = createServer((request, response) => {
      const send = (type: string, body: string | Buffer) => {
        response.writeHead(200, { 'content-type': type });
        response.end(body);
      };
      if (request.url === '/')
        return send(
          'text/html',
          '<!doctype html><meta charset="utf-8"><script type="module" src="/entry.js"></script>',
        );
      if (request.url === '/entry.js') return send('text/javascript', script);
      if (request.url === '/article.json') return send('application/json', flagshipJson);
      // What the bundle asks for beside itself: HarfBuzz's subsetter and the Noto files.
      if (request.url === '/harfbuzz-subset.wasm')
        return send('application/wasm', readFileSync(join(fontsDist, 'harfbuzz-subset.wasm')));
      const file = /^\/files\/([A-Za-z0-9.-]+\.ttf)$/.exec(request.url ?? '');
      if (file) return send('font/ttf', readFileSync(join(fontsDir, file[1]!)));
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('writes the flagship with TrueType fonts, byte for byte as Node does', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
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
