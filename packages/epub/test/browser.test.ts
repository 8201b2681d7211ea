/// <reference lib="dom" />

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@kiji/core';
import { chromiumLaunchOptions, hasChromium, serveTestPage, type TestPage } from '@kiji/fixtures';
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
  let served: TestPage | undefined;
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
    // What the bundle asks for beside itself: HarfBuzz's subsetter and the Noto files.
    served = await serveTestPage(bundle.outputFiles[0]!.text, (path) => {
      if (path === '/article.json') return { type: 'application/json', body: flagshipJson };
      if (path === '/harfbuzz-subset.wasm')
        return {
          type: 'application/wasm',
          body: readFileSync(join(fontsDir, '../dist/harfbuzz-subset.wasm')),
        };
      const file = /^\/files\/([A-Za-z0-9.-]+)$/.exec(path);
      if (file && existsSync(join(fontsDir, file[1]!)))
        return { type: 'font/ttf', body: readFileSync(join(fontsDir, file[1]!)) };
      return undefined;
    });
  });
  afterAll(() => served?.close());

  test('makes the flagship EPUB, horizontal and vertical, with and without fonts, with the bytes Node makes', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(served!.url);
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
