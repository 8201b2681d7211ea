/// <reference lib="dom" />
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumLaunchOptions, hasChromium } from '@kiji/fixtures';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toEpub } from '../src/index.js';
import { openEpub } from './support/archive.js';
import { examples, fixture } from './support/articles.js';

/** Screenshots are kept here (ignored by git) for a person to look at. */
const SHOTS = fileURLToPath(new URL('../out/screenshots/', import.meta.url));

const available = hasChromium();

let directory = '';

describe.skipIf(!available)('vertical edition in Chromium', () => {
  beforeAll(async () => {
    const subject = examples().find((example) => example.name === 'summit-2025') ?? fixture('011');
    const epub = await openEpub(
      await toEpub(subject.article, { vertical: true, embedFonts: true, root: subject.baseDir }),
    );
    directory = await mkdtemp(join(tmpdir(), 'kiji-vertical-'));
    for (const name of epub.names.filter((entry) => !entry.endsWith('/'))) {
      const target = join(directory, name);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, await epub.zip.file(name)!.async('uint8array'));
    }
  });

  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('lays the first chapter out top to bottom, right to left, with upright short numbers', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
      await page.goto(pathToFileURL(join(directory, 'OEBPS/text.xhtml')).href);
      await page.evaluate(() => document.fonts.ready);
      await mkdir(SHOTS, { recursive: true });
      // Playwright's own screenshot comes out blank for a vertical-rl root (it captures beyond the
      // viewport from the left edge); the plain DevTools capture shows what a reader sees.
      const session = await page.context().newCDPSession(page);
      const shot = await session.send('Page.captureScreenshot', {
        format: 'png',
        captureBeyondViewport: false,
      });
      await writeFile(join(SHOTS, 'vertical-text.png'), Buffer.from(shot.data, 'base64'));
      const layout = await page.evaluate(() => {
        const paragraphs = Array.from(document.querySelectorAll('.kiji-section p'));
        const first = paragraphs[0]!.getBoundingClientRect();
        const second = paragraphs[1]!.getBoundingClientRect();
        const tcy = document.querySelector('.kiji-tcy')!;
        const tcyBox = tcy.getBoundingClientRect();
        const fontSize = Number.parseFloat(getComputedStyle(tcy).fontSize);
        return {
          writingMode: getComputedStyle(document.documentElement).writingMode,
          articleMode: getComputedStyle(document.querySelector('.kiji-article')!).writingMode,
          firstTallerThanWide: first.height > first.width,
          secondLeftOfFirst: second.right <= first.left + 1,
          tcyWidthInEm: tcyBox.width / fontSize,
          tcyHeightInEm: tcyBox.height / fontSize,
          tcyCombine: getComputedStyle(tcy).textCombineUpright,
          serifLoaded: document.fonts.check('16px "Noto Serif JP"', '日本'),
          scrollsLeft: document.scrollingElement!.scrollWidth > window.innerWidth,
        };
      });
      expect(layout.writingMode).toBe('vertical-rl');
      expect(layout.articleMode).toBe('vertical-rl');
      expect(layout.firstTallerThanWide).toBe(true);
      expect(layout.secondLeftOfFirst).toBe(true);
      expect(layout.tcyCombine).toBe('all');
      // An upright two-digit number takes one cell: about 1 em in both directions.
      expect(layout.tcyWidthInEm).toBeLessThan(1.6);
      expect(layout.tcyHeightInEm).toBeLessThan(1.3);
      expect(layout.serifLoaded).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
