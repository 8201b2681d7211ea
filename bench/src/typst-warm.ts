import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { parseArticle } from '@kiji/core';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { toTypst } from './to-typst.js';

// Usage: typst-warm <count> <article.json>... — one compiler, every article compiled in turn,
// <count> rounds; prints the median milliseconds per article after the first round.
const [count = '10', ...inputs] = process.argv.slice(2);
if (inputs.length === 0) throw new Error('usage: typst-warm <count> <article.json>...');
const require = createRequire(import.meta.url);
const fontDirs = ['@expo-google-fonts/noto-serif-jp', '@expo-google-fonts/noto-sans-jp'].map((name) =>
  dirname(require.resolve(`${name}/package.json`)),
);
const sources = inputs.map((input) => toTypst(parseArticle(JSON.parse(readFileSync(input, 'utf8')), input)));
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: fontDirs }] });
const times: number[] = [];
for (let round = 0; round < Number(count); round++) {
  for (const source of sources) {
    const started = performance.now();
    compiler.pdf({ mainFileContent: source });
    compiler.evictCache(10);
    if (round > 0 || sources.length > 1) times.push(performance.now() - started);
  }
}
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ ms: times[Math.floor(times.length / 2)] }));
