/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isJapanese, parseArticle } from '@kiji/core';
import { chromiumLaunchOptions } from '@kiji/fixtures';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHtmlWithFonts } from '../src/index.js';
import { hasChromium, writeTemp } from './browser.js';
import { bundledHas, ignorable } from './fonts-support.js';
import { fixtures } from './helpers.js';

const examples = ['summit-2025', 'eu-ai-act'].map((name) => ({
  name,
  article: parseArticle(
    JSON.parse(readFileSync(new URL(`../../../examples/${name}/article.json`, import.meta.url), 'utf8')),
  ),
}));

const DEJAVU = '/usr/share/fonts/truetype/dejavu';

/**
 * A fontconfig setup whose only font folder is DejaVu's (Latin, no Japanese): any character the
 * page's own fonts miss would be drawn with DejaVu and show in the PDF. (With no font at all,
 * Chromium fails to load even web fonts now and then.)
 */
function latinSystemFontOnly(): string {
  if (!existsSync(DEJAVU)) throw new Error(`${DEJAVU} is missing: install fonts-dejavu-core`);
  const dir = mkdtempSync(join(tmpdir(), 'kiji-fonts-conf-'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${DEJAVU}</dir><cachedir>${dir}/cache</cachedir></fontconfig>\n`,
  );
  return file;
}

const hasPdffonts = (() => {
  try {
    execFileSync('pdffonts', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('pdffonts is missing: install poppler-utils');
    return false;
  }
})();

describe.runIf(hasChromium())('the page carries its fonts, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions());
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Every element's text drawn by which fonts (DevTools' "rendered fonts"), and the page's faces. */
  async function renderedFonts(html: string) {
    const { url, cleanup } = writeTemp(html);
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    try {
      await page.goto(url);
      await page.evaluate(() => document.fonts.ready);
      const faces = await page.evaluate(() =>
        [...document.fonts].map((face) => ({
          family: face.family,
          weight: face.weight,
          status: face.status,
        })),
      );
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
        nodeId: root.nodeId,
        selector: 'article *, article',
      });
      const texts = await page.evaluate(() =>
        // The fonts reported for an element cover the text inside it, its descendants' too.
        [document.querySelector('article')!, ...document.querySelectorAll('article *')].map((element) => ({
          all: element.textContent ?? '',
          own: [...element.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent)
            .join('')
            .trim(),
          bold: Number(getComputedStyle(element).fontWeight) >= 600,
          italic: getComputedStyle(element).fontStyle === 'italic',
        })),
      );
      const drawn: {
        text: string;
        own: string;
        bold: boolean;
        italic: boolean;
        fonts: { familyName: string; postScriptName?: string; isCustomFont: boolean }[];
      }[] = [];
      for (const [index, nodeId] of nodeIds.entries()) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        const { all, own, bold, italic } = texts[index]!;
        drawn.push({ text: all, own, bold, italic, fonts });
      }
      return { faces, drawn };
    } finally {
      await page.close();
      cleanup();
    }
  }

  for (const { name, article } of [...fixtures, ...examples]) {
    it(`${name}: every face loads and draws the text; no system font is used`, async () => {
      const html = await toHtmlWithFonts(article, { fontFormat: 'truetype' });
      const { faces, drawn } = await renderedFonts(html);
      expect(faces.length).toBeGreaterThan(0);
      // Every embedded face is used by the page (none is dead weight), and loads.
      expect(faces.filter((face) => face.status !== 'loaded')).toEqual([]);
      // Bold and italic text gets the real bold and italic faces, never a slanted or thickened
      // regular one (italic exists for Latin text only: Japanese emphasis is upright).
      const faked = drawn.filter(({ own, bold, italic, fonts }) => {
        if (own === '' || fonts.length === 0) return false;
        const names = fonts.map((font) => font.postScriptName ?? '');
        if (bold && !names.some((name) => /Bold/.test(name))) return true;
        return italic && !isJapanese(article.meta.language) && !names.some((name) => /Italic/.test(name));
      });
      expect(
        faked.map(
          ({ own, fonts }) => `${own.slice(0, 30)}: ${fonts.map((font) => font.postScriptName).join(', ')}`,
        ),
      ).toEqual([]);
      const system = drawn.filter(
        ({ text, fonts }) =>
          fonts.some((font) => !font.isCustomFont) &&
          // Characters no bundled font has are the reader's fonts' to draw.
          [...text].every((character) => ignorable(character) || bundledHas(character)),
      );
      expect(
        system.map(
          ({ text, fonts }) =>
            `${JSON.stringify(text.slice(0, 40))}: ${fonts.map((f) => f.familyName).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }

  it('the vertical flagship draws with the embedded faces only', async () => {
    const html = await toHtmlWithFonts(examples[0]!.article, { vertical: true, fontFormat: 'truetype' });
    const { faces, drawn } = await renderedFonts(html);
    expect(faces.filter((face) => face.status !== 'loaded')).toEqual([]);
    expect(drawn.filter(({ fonts }) => fonts.some((font) => !font.isCustomFont))).toEqual([]);
  });

  it.runIf(hasPdffonts)(
    'printed by Chromium whose only system font is DejaVu, the PDF embeds only the Noto faces',
    async () => {
      const isolated = await chromium.launch({
        ...chromiumLaunchOptions(),
        env: { ...process.env, FONTCONFIG_FILE: latinSystemFontOnly() },
      });
      const dir = mkdtempSync(join(tmpdir(), 'kiji-html-print-'));
      try {
        for (const { name, article } of examples) {
          const { url, cleanup } = writeTemp(await toHtmlWithFonts(article));
          const page = await isolated.newPage();
          await page.goto(url);
          await page.evaluate(() => document.fonts.ready);
          const pdf = join(dir, `${name}.pdf`);
          await page.pdf({ path: pdf, format: 'A4' });
          await page.close();
          cleanup();
          const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
            .split('\n')
            .slice(2)
            .filter((line) => line.trim() !== '')
            .map((line) => line.split(/\s+/)[0]!);
          expect(fonts.length, name).toBeGreaterThan(0);
          for (const font of fonts)
            expect(font, name).toMatch(/^[A-Z]{6}\+(NotoSerifJP|NotoSansJP|SourceSerif4|NotoEmoji)-/);
          const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
          expect(text, name).toContain(article.meta.title.slice(0, 6));
        }
      } finally {
        await isolated.close();
      }
    },
  );
});
