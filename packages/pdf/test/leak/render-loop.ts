// Renders one article again and again in this process and prints the heap after a full garbage
// collection at each checkpoint, as JSON. Run with node --expose-gc (see no-leak.test.ts).
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArticle } from '@kiji/core';
import { renderPdf } from '../../src/index.js';

const [file, ...counts] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!file || counts.length === 0 || !gc) {
  throw new Error('usage: node --expose-gc --import tsx render-loop.ts <article.json> <checkpoint>...');
}
const article = parseArticle(JSON.parse(readFileSync(file, 'utf8')));
const checkpoints = counts.map(Number);
const heap: Record<number, number> = {};
for (let render = 1; render <= Math.max(...checkpoints); render++) {
  await renderPdf(article, { baseDir: dirname(file) });
  if (checkpoints.includes(render)) {
    gc();
    gc();
    heap[render] = process.memoryUsage().heapUsed;
  }
}
process.stdout.write(JSON.stringify(heap));
