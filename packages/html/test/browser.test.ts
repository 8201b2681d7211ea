/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@kiji/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stylesheet, toHtml } from '../src/index.js';
import { hasChromium, launch, testFontFaces, writeTemp } from './browser.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const flagship = parseArticle(
  JSON.parse(readFileSync(join(root, 'examples/summit-2025/article.json'), 'utf8')),
);
const english = parseArticle(JSON.parse(readFileSync(join(root, 'examples/eu-ai-act/article.json'), 'utf8')));
const shots = mkdtempSync(join(tmpdir(), 'kiji-html-shots-'));

describe.runIf(hasChromium())('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, viewport: { width: number; height: number }) {
    const { url, cleanup } = writeTemp(html);
    const page = await browser.newPage({ viewport });
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    return { page, cleanup };
  }

  it('the vertical edition sets lines top to bottom, right to left, with upright short numbers', async () => {
    const html = toHtml(flagship, { vertical: true, fontFaces: testFontFaces });
    const { page, cleanup } = await open(html, { width: 1200, height: 800 });
    try {
      const facts = await page.evaluate(() => {
        const title = document.querySelector('h1')!.getBoundingClientRect();
        const lede = document.querySelector('.kiji-lede')!.getBoundingClientRect();
        const tcy = document.querySelector('.kiji-tcy')!;
        const tcyBox = tcy.getBoundingClientRect();
        const fontSize = Number.parseFloat(getComputedStyle(tcy).fontSize);
        return {
          writingMode: getComputedStyle(document.documentElement).writingMode,
          titleTall: title.height > title.width,
          ledeLeftOfTitle: lede.right <= title.left + 1,
          tcyCombine: getComputedStyle(tcy).textCombineUpright,
          tcyText: tcy.textContent,
          // Two digits set in one cell take about one em of the line, not two.
          tcyCell: tcyBox.height / fontSize,
          scrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
          serifLoaded: document.fonts.check('16px "Noto Serif JP"', '日本'),
        };
      });
      expect(facts.writingMode).toBe('vertical-rl');
      expect(facts.titleTall).toBe(true);
      expect(facts.ledeLeftOfTitle).toBe(true);
      expect(facts.tcyCombine).toBe('all');
      expect(facts.tcyText).toMatch(/^\d{1,2}$/);
      expect(facts.tcyCell).toBeGreaterThan(0.8);
      expect(facts.tcyCell).toBeLessThan(1.3);
      expect(facts.scrollsSideways).toBe(true);
      expect(facts.serifLoaded).toBe(true);
      // The first page (the right-hand end of the scroll area) as a reader sees it.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      const png = await page.screenshot({
        fullPage: true,
        clip: { x: width - 1200, y: 0, width: 1200, height: 800 },
      });
      writeFileSync(join(shots, 'summit-vertical.png'), png);
      expect(png.length).toBeGreaterThan(20_000);
    } finally {
      await page.close();
      cleanup();
    }
  }, 60_000);

  it('the horizontal edition keeps a readable measure with Mincho body and Gothic headings', async () => {
    const html = toHtml(flagship, { fontFaces: testFontFaces });
    const { page, cleanup } = await open(html, { width: 1400, height: 900 });
    try {
      const facts = await page.evaluate(() => {
        const paragraph = document.querySelector('.kiji-section > p')!;
        const style = getComputedStyle(paragraph);
        const fontSize = Number.parseFloat(style.fontSize);
        return {
          measure: paragraph.getBoundingClientRect().width / fontSize,
          lineHeight: Number.parseFloat(style.lineHeight) / fontSize,
          body: style.fontFamily,
          heading: getComputedStyle(document.querySelector('h2')!).fontFamily,
          lineBreak: style.getPropertyValue('line-break'),
          hyphens: style.hyphens,
          srOnlyHeight: document.querySelector('.kiji-sr-only')?.getBoundingClientRect().height ?? 1,
        };
      });
      expect(facts.measure).toBeGreaterThan(30);
      expect(facts.measure).toBeLessThan(42);
      expect(facts.lineHeight).toBeCloseTo(1.8, 1);
      expect(facts.body.startsWith('"Noto Serif JP"')).toBe(true);
      expect(facts.heading.startsWith('"Noto Sans JP"')).toBe(true);
      expect(facts.lineBreak).toBe('strict');
      expect(facts.hyphens).toBe('manual');
      expect(facts.srOnlyHeight).toBeLessThanOrEqual(1);
      writeFileSync(join(shots, 'summit.png'), await page.screenshot({ fullPage: true }));
    } finally {
      await page.close();
      cleanup();
    }
  }, 60_000);

  it('a vertical fragment in a horizontal page scrolls inside .kiji-vertical-frame, starting at the right', async () => {
    const fragment = toHtml(flagship, { document: false, vertical: true });
    const page = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>${stylesheet({ vertical: true })}</style></head><body><div id="host" style="width: 800px"><div class="kiji-vertical-frame">${fragment}</div></div></body></html>`;
    const { page: tab, cleanup } = await open(page, { width: 1000, height: 900 });
    try {
      const facts = await tab.evaluate(() => {
        const host = document.getElementById('host')!.getBoundingClientRect();
        const title = document.querySelector('h1')!.getBoundingClientRect();
        const frame = document.querySelector('.kiji-vertical-frame')!;
        return {
          pageWidth: document.documentElement.scrollWidth,
          titleInside: title.right <= host.right + 1 && title.left >= host.left - 1,
          scrollable: frame.scrollWidth > frame.clientWidth,
        };
      });
      expect(facts.pageWidth).toBeLessThanOrEqual(1000);
      expect(facts.titleInside).toBe(true);
      expect(facts.scrollable).toBe(true);
    } finally {
      await tab.close();
      cleanup();
    }
  }, 60_000);

  it('English text is hyphenated and set in the Latin stack; long URLs wrap inside the measure', async () => {
    const { page, cleanup } = await open(toHtml(english), { width: 420, height: 800 });
    try {
      const facts = await page.evaluate(() => {
        const article = document.querySelector('article')!.getBoundingClientRect();
        const urls = [...document.querySelectorAll('.kiji-url')].map(
          (url) => url.getBoundingClientRect().right,
        );
        const paragraph = getComputedStyle(document.querySelector('.kiji-section > p')!);
        return { right: article.right, urls, hyphens: paragraph.hyphens, font: paragraph.fontFamily };
      });
      expect(facts.hyphens).toBe('auto');
      expect(facts.font.startsWith('"Noto Serif"')).toBe(true);
      expect(facts.urls.length).toBeGreaterThan(0);
      for (const right of facts.urls) expect(right).toBeLessThanOrEqual(facts.right);
    } finally {
      await page.close();
      cleanup();
    }
  }, 60_000);
});
