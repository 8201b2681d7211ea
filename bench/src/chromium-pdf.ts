import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

// Usage: chromium-pdf <page.html> <out.pdf> — a hand-made Chromium print script, as users write them.
const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: chromium-pdf <page.html> <out.pdf>');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(input).href, { waitUntil: 'load' });
  await page.pdf({ path: output, format: 'A4', printBackground: true, displayHeaderFooter: true });
} finally {
  await browser.close();
}
