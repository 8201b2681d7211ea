/// <reference lib="dom" />

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@kiji/core';
import { chromiumLaunchOptions, hasChromium } from '@kiji/fixtures';
import { bundledFonts } from '@kiji/fonts';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toEpub } from '../src/index.js';
import { sha256 } from '../src/platform/sha256.js';
import './browser/entry-types.js';
import { openEpub } from './support/archive.js';
import { examplesDir } from './support/articles.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const flagshipJson = readFileSync(join(examplesDir, 'summit-2025/article.json'));
const fontsDir = fileURLToPath(new URL('.', bundledFonts.serif.normal.url));

const available = hasChromium();

describe('sha256 in JavaScript (the browser build hashes without node:crypto)', () => {
  test('gives the digests node:crypto gives', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 1000, 100_003]) {
      const data = Uint8Array.from({ length }, (_, index) => (index * 31 + length) & 0xff);
      expect(Buffer.from(sha256(data)).toString('hex')).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });
});

// The browser build (dist/browser.js, made by `pnpm build`) bundled for a browser makes the same
// EPUB bytes in Chromium as Node makes (which epubcheck.test.ts checks).
describe.runIf(available)('@kiji/epub in a browser', () => {
  let server: Server | undefined;
  let url = '';
  beforeAll(async () => {
    if (!existsSync(join(here, '../dist/browser.js')))
      throw new Error('dist/browser.js is missing: run `pnpm --filter @kiji/epub build`');
    const bundle = await build({
      entryPoints: [join(here, 'browser/entry.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['browser', 'worker'],
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
        return send('application/wasm', readFileSync(join(fontsDir, '../dist/harfbuzz-subset.wasm')));
      const file = /^\/files\/([A-Za-z0-9.-]+)$/.exec(request.url ?? '');
      if (file && existsSync(join(fontsDir, file[1]!)))
        return send('font/ttf', readFileSync(join(fontsDir, file[1]!)));
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  test('makes the flagship EPUB, horizontal and vertical, with and without fonts, with the bytes Node makes', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      await page.waitForFunction(() => typeof window.makeEpub === 'function');
      const article = parseArticle(JSON.parse(flagshipJson.toString('utf8')));
      for (const [vertical, embedFonts] of [
        [false, false],
        [true, false],
        [true, true],
      ] as const) {
        const made = Buffer.from(
          await page.evaluate(([v, f]) => window.makeEpub(v, f), [vertical, embedFonts] as const),
          'base64',
        );
        const node = await toEpub(article, { vertical, embedFonts });
        expect(made.equals(Buffer.from(node)), `vertical: ${vertical}, fonts: ${embedFonts}`).toBe(true);
        const { text, names } = await openEpub(made);
        expect(await text('OEBPS/content.opf')).toContain('日米首脳会談2025');
        // The subset fonts are in the book (HarfBuzz ran in the page), not only declared.
        expect(names.some((name) => name.endsWith('.ttf'))).toBe(embedFonts);
      }
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
