import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed, seedAvailable } from '../test/seed.js';
import { hasChromium, htmlFrame, htmlView, openApp, type Session, SHOTS, start } from './app.js';

const TITLE = '日米首脳会談2025：同盟の深化と新たな戦略的パートナーシップ';
const hostileMd = readFileSync(resolve('e2e/fixtures/hostile.md'));
const rawHtml = readFileSync(resolve('e2e/fixtures/raw-html.md'));
const hostileJson = readFileSync(resolve('../../packages/fixtures/corpus/012-escaping.json'));

// The end-to-end tests drive Debian's Chromium through the built app, served like `pnpm preview`.
describe.runIf(hasChromium())('the preview app in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await start();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens the flagship: its title in the HTML view and its findings in the check panel', async () => {
    const { page, errors, outside } = await openApp(session);
    await expect.poll(() => htmlView(page).locator('h1').textContent()).toBe(TITLE);
    expect(await page.locator('.doc-name').textContent()).toContain(TITLE);
    expect(await page.locator('.finding').count()).toBeGreaterThan(0);
    // The fonts come from the app itself: Japanese text is drawn in Noto, not a fallback.
    const fonts = await htmlFrame(page).evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family);
    });
    expect(fonts.join(',')).toMatch(/Noto Serif JP/);
    await page.screenshot({ path: `${SHOTS}/html.png` });
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('shows the real PDF pages: page 1 drawn on a canvas with Japanese text in its text layer', async () => {
    const { page, errors, outside } = await openApp(session);
    await page.getByLabel('PDF', { exact: true }).check();
    const first = page.locator('.pdf-page[data-page="1"]');
    await first.locator('.textLayer span').first().waitFor({ timeout: 60_000 });
    expect(await first.locator('.textLayer').textContent()).toContain('日米首脳会談2025');
    // The canvas is drawn: not one flat colour.
    const colours = await first.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      for (let at = 0; at < pixels.length; at += 4 * 97)
        seen.add((pixels[at]! << 16) | (pixels[at + 1]! << 8) | pixels[at + 2]!);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(8);
    await expect.poll(() => page.locator('.pdf-page').count()).toBeGreaterThanOrEqual(3);
    await page.locator('.pdf-pages[data-drawn-at]').waitFor();
    await page.screenshot({ path: `${SHOTS}/pdf.png` });

    // One keystroke at the end of the title, timed until the new pages are drawn.
    const drawnAt = await page.locator('.pdf-pages').getAttribute('data-drawn-at');
    await page.locator('.cm-line').nth(2).click();
    await page.keyboard.press('End');
    const typed = Date.now();
    await page.keyboard.type('版');
    await expect
      .poll(() => first.locator('.textLayer').textContent(), { timeout: 30_000 })
      .toContain('パートナーシップ版');
    console.log(
      `keystroke to updated PDF pages (flagship, A4): ${Date.now() - typed} ms; ${await page.locator('.pdf-info').textContent()}`,
    );
    await expect.poll(() => page.locator('.pdf-pages').getAttribute('data-drawn-at')).not.toBe(drawnAt);

    // Page size switch: JIS B5 pages are narrower than A4 ones.
    const a4 = (await first.boundingBox())!.width;
    await page.getByLabel('Page size').selectOption('JIS-B5');
    await expect
      .poll(async () => (await first.boundingBox())!.width, { timeout: 30_000 })
      .toBeLessThan(a4 * 0.9);
    // Print mode: the page grows by the bleed and the room for the crop marks.
    const b5 = (await first.boundingBox())!.width;
    await page.getByLabel('Print', { exact: true }).check();
    await expect.poll(async () => (await first.boundingBox())!.width).toBeGreaterThan(b5 * 1.05);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/pdf-print.png` });
    expect(errors).toEqual([]);
    // Fonts, pdf.js's worker and BudouX's model all came from the app: nothing was fetched elsewhere.
    expect(outside).toEqual([]);
    await page.close();
  });

  it('downloads the PDF made in the browser: qpdf and pdftotext accept it', async () => {
    const { page } = await openApp(session);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'PDF', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('summit-2025.pdf');
    const file = `${mkdtempSync(`${tmpdir()}/kiji-preview-`)}/summit-2025.pdf`;
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(check.status, check.stderr || check.error?.message).toBe(0);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout;
    expect(text.replace(/\s+/g, '')).toContain('日米首脳会談2025');

    // The print PDF: bleed around the trimmed page (a larger MediaBox than TrimBox), valid too.
    const [printed] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Print PDF', exact: true }).click(),
    ]);
    expect(printed.suggestedFilename()).toBe('summit-2025-print.pdf');
    const printFile = file.replace(/\.pdf$/, '-print.pdf');
    await printed.saveAs(printFile);
    const printCheck = spawnSync('qpdf', ['--check', printFile], { encoding: 'utf8' });
    expect(printCheck.status, printCheck.stderr).toBe(0);
    const boxes = spawnSync('pdfinfo', ['-box', printFile], { encoding: 'utf8' }).stdout;
    const width = (name: string) => {
      const box = new RegExp(`^${name}:\\s+(-?[\\d.]+)\\s+-?[\\d.]+\\s+(-?[\\d.]+)`, 'm').exec(boxes);
      expect(box, boxes).not.toBeNull();
      return Number(box![2]) - Number(box![1]);
    };
    expect(width('MediaBox')).toBeGreaterThan(width('TrimBox'));
    await page.close();
  });

  it('downloads the EPUB made in the browser, horizontal and vertical: the right title, and epubcheck passes', async () => {
    const { page } = await openApp(session);
    const dir = mkdtempSync(`${tmpdir()}/kiji-preview-`);
    const files: string[] = [];
    for (const [button, name] of [
      ['EPUB', 'summit-2025.epub'],
      ['EPUB 縦書き', 'summit-2025-vertical.epub'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      const file = `${dir}/${name}`;
      await download.saveAs(file);
      files.push(file);
      const zip = await JSZip.loadAsync(readFileSync(file));
      expect(await zip.file('mimetype')!.async('string')).toBe('application/epub+zip');
      const opf = await zip.file('OEBPS/content.opf')!.async('string');
      expect(opf).toContain(`<dc:title id="title">${TITLE}</dc:title>`);
      if (name.includes('vertical')) expect(opf).toContain('page-progression-direction="rtl"');
      // The Noto subsets were cut in the browser and declared in the manifest.
      expect(opf).toMatch(/href="fonts\/NotoSerifJP-Regular\.ttf" media-type="font\/ttf"/);
      expect(
        (await zip.file('OEBPS/fonts/NotoSerifJP-Regular.ttf')!.async('uint8array')).length,
      ).toBeGreaterThan(10_000);
    }
    // Both books at once, one JVM each (a JVM start costs seconds).
    const results = await Promise.all(
      files.map(
        (file) =>
          new Promise<{ file: string; code: number | null; output: string }>((resolve) => {
            execFile('java', ['-jar', '/usr/share/java/epubcheck.jar', file], (error, stdout, stderr) =>
              resolve({
                file,
                code: error ? ((error.code as number) ?? 1) : 0,
                output: `${stdout}${stderr}`,
              }),
            );
          }),
      ),
    );
    for (const { file, code, output } of results) expect(code, `${file}\n${output}`).toBe(0);
    await page.close();
  }, 180_000);

  it('follows typing: a new title in the editor reaches the HTML view', async () => {
    const { page } = await openApp(session);
    // Select line 3 (the title) and type over it.
    await page.locator('.cm-line').nth(2).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    const typed = Date.now();
    await page.keyboard.type('title: 打ち直した見出し');
    await htmlView(page).locator('h1', { hasText: '打ち直した見出し' }).waitFor({ timeout: 10_000 });
    console.log(`keystroke to updated HTML view: ${Date.now() - typed} ms`);
    await page.close();
  });

  it('moves the editor to a lint finding clicked in the check panel', async () => {
    const { page } = await openApp(session);
    const finding = page.locator('.finding[data-rule="truncated-quote"]').first();
    const line = await finding.getAttribute('data-line');
    expect(Number(line)).toBeGreaterThan(20);
    await finding.click();
    await expect.poll(() => page.locator('.cm-activeLineGutter').textContent()).toBe(line);
    expect(await page.locator('.cm-activeLine').textContent()).toContain('防衛費の増額に関しては');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('cm-content');
    await page.screenshot({ path: `${SHOTS}/check.png` });
    await page.close();
  });

  it.runIf(seedAvailable)('imports the seed pasted as page text: three sections', async () => {
    const { page } = await openApp(session);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, readSeed());
    await expect.poll(() => page.locator('.doc-name').textContent()).toMatch(/^pasted\.md/);
    await expect.poll(() => htmlView(page).locator('section.kiji-depth-1').count()).toBe(3);
    // The editor holds the import as Kiji Markdown (front matter first).
    expect(await page.locator('.cm-line').first().textContent()).toBe('---');
    await page.close();
  });

  it('opens saved web pages (.html): Shift_JIS decoded in the worker, a hostile page run nowhere', async () => {
    const { page, errors } = await openApp(session);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const pages = resolve('../../packages/fixtures/pages');
    for (const [file, title] of [
      ['05-sjis-ja.html', '地方から見た日米首脳会談'],
      ['01-daily-ja-jsonld.html', '日米首脳、同盟の抑止力強化で一致　経済安保でも協力'],
      ['07-hostile.html', '</script><script>alert(4)</script>'],
    ] as const) {
      const buffer = readFileSync(`${pages}/${file}`);
      await page.locator('input[type=file]').setInputFiles({ name: file, mimeType: 'text/html', buffer });
      const stem = file.replace(/\.html$/, '');
      await expect.poll(() => page.locator('.doc-name').textContent()).toMatch(new RegExp(`^${stem}\\.md`));
      await expect.poll(() => htmlView(page).locator('h1').textContent()).toBe(title);
      expect(await page.locator('.finding[data-rule="boilerplate"]').count()).toBeGreaterThan(0);
      expect(
        await htmlFrame(page).locator('script, iframe, object, embed, [onerror], [onclick]').count(),
      ).toBe(0);
    }
    expect(await htmlView(page).locator('body').textContent()).toContain(
      '<script>alert("not code")</script>',
    );
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens hostile articles without running anything or keeping a javascript: link', async () => {
    const { page, errors } = await openApp(session);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const [name, buffer] of [
      ['hostile.md', hostileMd],
      ['012-escaping.json', hostileJson],
    ] as const) {
      await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/plain', buffer });
      await expect.poll(() => page.locator('.doc-name').textContent()).toMatch(new RegExp(`^${name}`));
      const view = htmlView(page);
      await view.locator('h1').waitFor();
      const frame = htmlFrame(page);
      // Hover, load and click everything an attacker might have hoped to make live.
      await frame.evaluate(() => {
        for (const element of document.body.querySelectorAll('*')) {
          for (const type of ['mouseover', 'mouseenter', 'focus', 'load', 'error'])
            element.dispatchEvent(new Event(type, { bubbles: true }));
          if (element instanceof HTMLAnchorElement && element.getAttribute('href')?.startsWith('#'))
            element.click();
        }
      });
      expect(
        await frame.locator('script, [onerror], [onclick], [onload], [onmouseover], img, svg').count(),
      ).toBe(0);
      const hrefs = await frame
        .locator('a[href]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:|#)/);
      expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);
      // The text is shown as text.
      expect(await view.locator('body').textContent()).toContain('<script>');
    }
    // Raw HTML in Markdown is refused with its line, and nothing of it is shown.
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'raw-html.md', mimeType: 'text/plain', buffer: rawHtml });
    await expect.poll(() => page.locator('.finding[data-rule="validation"]').count()).toBeGreaterThan(2);
    expect(await page.locator('.finding[data-rule="validation"]').first().textContent()).toMatch(
      /raw HTML[\s\S]*7:/,
    );
    expect(await htmlFrame(page).locator('body').textContent()).toBe('');
    expect(await page.evaluate(() => (window as { __kijiRan?: unknown }).__kijiRan)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches the HTML view to vertical writing (縦書き)', async () => {
    const { page } = await openApp(session);
    await page.getByLabel('縦書き').check();
    await expect
      .poll(() =>
        htmlFrame(page).evaluate(() => getComputedStyle(document.querySelector('article')!).writingMode),
      )
      .toBe('vertical-rl');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/vertical.png` });
    await page.close();
  });
});
