import { chromiumLaunchOptions } from '@kiji/fixtures';
import { type Browser, chromium, type Page } from 'playwright-core';

// Kiji's HTML carries its fonts (the Noto faces its PDF embeds, cut down to the page's
// characters, inside the page), so Chromium prints with them on any machine: nothing is added
// here, and the comparison is with the page a user would print.

/** Debian's Chromium, headless, with the flags a print script on a server uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/**
 * Load `url` in `page` and print it to `output` (A4, backgrounds). No header or footer: Chromium's
 * (date, title, URL) is web-page furniture, drawn with system fonts outside the page's own.
 */
export async function printPage(page: Page, url: string, output: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate('document.fonts.ready');
  await page.pdf({ path: output, format: 'A4', printBackground: true });
}
