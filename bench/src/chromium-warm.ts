import { pathToFileURL } from 'node:url';
import { launchChromium, printPage } from './chromium-print.js';

// Usage: chromium-warm <count> <page.html>... — one browser, one page reused: every HTML file
// printed in turn, <count> rounds; prints the median milliseconds per print after the first.
const [count = '10', ...inputs] = process.argv.slice(2);
if (inputs.length === 0) throw new Error('usage: chromium-warm <count> <page.html>...');
const browser = await launchChromium();
const times: number[] = [];
try {
  const page = await browser.newPage();
  for (let round = 0; round < Number(count); round++) {
    for (const input of inputs) {
      const started = performance.now();
      await printPage(page, pathToFileURL(input).href, '/dev/null');
      if (round > 0 || inputs.length > 1) times.push(performance.now() - started);
    }
  }
} finally {
  await browser.close();
}
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ ms: times[Math.floor(times.length / 2)] }));
