import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

// Usage: kiji-warm <article.json> <count> — renders the article <count> times in one process and
// prints the median milliseconds of the renders after the first (fonts parsed, code compiled).
// Set before React loads (static imports would load it first, in its development build).
process.env.NODE_ENV ??= 'production';
const { parseArticle } = await import('@kiji/core');
const { renderPdf } = await import('@kiji/pdf');
const [input, count = '10'] = process.argv.slice(2);
if (!input) throw new Error('usage: kiji-warm <article.json> <count>');
const article = parseArticle(JSON.parse(readFileSync(input, 'utf8')), input);
const times: number[] = [];
for (let index = 0; index < Number(count); index++) {
  const started = performance.now();
  await renderPdf(article, { baseDir: dirname(input) });
  if (index > 0) times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ ms: times[Math.floor(times.length / 2)] }));
