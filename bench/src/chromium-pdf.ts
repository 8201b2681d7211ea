import { pathToFileURL } from 'node:url';
import { launchChromium, printPage } from './chromium-print.js';

// Usage: chromium-pdf <page.html> <out.pdf> [<page.html> <out.pdf>]… — a hand-made Chromium
// print script, as users write them: one browser, one page reused for every file.
const pairs = process.argv.slice(2);
if (pairs.length < 2 || pairs.length % 2) throw new Error('usage: chromium-pdf <page.html> <out.pdf>...');
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (let index = 0; index < pairs.length; index += 2) {
    await printPage(page, pathToFileURL(pairs[index]!).href, pairs[index + 1]!);
  }
} finally {
  await browser.close();
}
