/// <reference lib="dom" />
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, chromiumLaunchOptions, serveTestPage, type TestPage } from '@kiji/fixtures';
import { bundledFonts } from '@kiji/fonts';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import './browser/entry-types.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from './helpers/corpus.js';
import { pdfToText } from './helpers/kinsoku-check.js';
import { hasTool, runOnPdf } from './helpers/pdf-tools.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const fontsDir = fileURLToPath(new URL('.', bundledFonts.serif.normal.url));
const browserBuild = join(here, '../dist/browser.js');

const available = existsSync(CHROMIUM) && hasTool('qpdf') && hasTool('pdftotext');
if (!available && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM}, qpdf and pdftotext are needed: install chromium, qpdf and poppler-utils`);
}

/** Serve the page, the bundle, the flagship, the print profiles and the font files; nothing else. */
function serve(bundle: string): Promise<TestPage> {
  const flagship = readFileSync(join(repoRoot, 'examples/summit-2025/article.json'));
  return serveTestPage(bundle, (path) => {
    if (path === '/article.json') return { type: 'application/json', body: flagship };
    // The browser build fetches the print profiles beside dist/, as the package lays them out.
    const profile = /^\/icc\/([A-Za-z0-9-]+\.icc)$/.exec(path);
    if (profile && existsSync(join(here, '../icc', profile[1]!)))
      return { type: 'application/vnd.iccprofile', body: readFileSync(join(here, '../icc', profile[1]!)) };
    const font = /^\/fonts\/([A-Za-z0-9-]+\.ttf)$/.exec(path);
    if (font && existsSync(join(fontsDir, font[1]!)))
      return { type: 'font/ttf', body: readFileSync(join(fontsDir, font[1]!)) };
    return undefined;
  });
}

// The browser build (dist/browser.js, made by `pnpm build`) bundled for a browser, with no Node
// built-ins, renders the flagship in Chromium to a PDF that qpdf and pdftotext accept.
describe.runIf(available || process.env.CI === 'true')('@kiji/pdf in a browser', () => {
  let served: TestPage | undefined;
  beforeAll(async () => {
    if (!existsSync(browserBuild))
      throw new Error('dist/browser.js is missing: run `pnpm --filter @kiji/pdf build`');
    const result = await build({
      entryPoints: [join(here, 'browser/entry.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      // Browser builds of the dependencies (react-pdf, fontkit), and micromark's DOM-free one.
      conditions: ['browser', 'worker'],
      write: false,
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    served = await serve(result.outputFiles[0]!.text);
  });
  afterAll(() => served?.close());

  test('renders the flagship to a valid PDF with the Japanese text', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(served!.url);
      await page.waitForFunction(() => typeof window.renderFlagship === 'function');
      const { base64, warnings, ms } = await page.evaluate(() => window.renderFlagship());
      console.log(`flagship rendered in Chromium in ${Math.round(ms)} ms`);
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
      const pdf = new Uint8Array(Buffer.from(base64, 'base64'));
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const check = runOnPdf('qpdf', pdf, ['--check', '{}']);
      check.cleanup();
      expect(check.status, check.stderr).toBe(0);
      const text = pdfToText(pdf).replace(/\s+/g, '');
      expect(text).toContain('日米首脳会談2025');
      expect(text).toContain('同盟の抑止力、対処力を一層強化する'.replace(/\s+/g, ''));
      const fonts = runOnPdf('pdffonts', pdf, ['{}']);
      fonts.cleanup();
      expect(fonts.stdout).toMatch(/NotoSerifJP-Regular/);
      expect(fonts.stdout).toMatch(/NotoSansJP-Regular/);
      // The print-ready edition too: its ICC profiles are fetched from the package's icc/ folder.
      const printed = await page.evaluate(() => window.renderFlagship(true));
      const printPdf = new Uint8Array(Buffer.from(printed.base64, 'base64'));
      const printCheck = runOnPdf('qpdf', printPdf, ['--check', '{}']);
      printCheck.cleanup();
      expect(printCheck.status, printCheck.stderr).toBe(0);
      const boxes = runOnPdf('pdfinfo', printPdf, ['-box', '{}']);
      boxes.cleanup();
      expect(boxes.stdout).toMatch(/TrimBox:/);
      expect(boxes.stdout).toMatch(/PDF subtype:\s+PDF\/X-4/);
    } finally {
      await browser.close();
    }
  });

  test('every file the source fetches with packageFile is named literally for bundlers', () => {
    const source = (file: string) => readFileSync(join(here, '../src', file), 'utf8');
    const used = new Set<string>();
    const files = readdirSync(join(here, '../src'), { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((name) => /\.tsx?$/.test(name) && !name.startsWith('platform'))) {
      for (const match of source(file).matchAll(/packageFile\('([^']+)'\)/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    const browser = source('platform/browser.ts');
    for (const path of used)
      expect(browser).toContain(`'${path}': () => new URL('../${path}', import.meta.url)`);
  });
});
