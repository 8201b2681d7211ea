import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { parseArticle } from '@kiji/core';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { toTypst } from './to-typst.js';

// Usage: typst-pdf <article.json> <out.pdf> [<article.json> <out.pdf>]… — the Typst side of the
// benchmark: one process, one compiler for every article given.
const pairs = process.argv.slice(2);
if (pairs.length < 2 || pairs.length % 2) throw new Error('usage: typst-pdf <article.json> <out.pdf>...');
const require = createRequire(import.meta.url);
const fontDirs = ['@expo-google-fonts/noto-serif-jp', '@expo-google-fonts/noto-sans-jp'].map((name) =>
  dirname(require.resolve(`${name}/package.json`)),
);
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: fontDirs }] });
for (let index = 0; index < pairs.length; index += 2) {
  const input = pairs[index]!;
  const article = parseArticle(JSON.parse(readFileSync(input, 'utf8')), input);
  writeFileSync(pairs[index + 1]!, compiler.pdf({ mainFileContent: toTypst(article) }));
  compiler.evictCache(10);
}
