import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { parseArticle } from '@kiji/core';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { toTypst } from './to-typst.js';

// Usage: typst-pdf <article.json> <out.pdf> — the Typst side of the benchmark, one process per PDF.
const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: typst-pdf <article.json> <out.pdf>');
const require = createRequire(import.meta.url);
const fontDirs = ['@expo-google-fonts/noto-serif-jp', '@expo-google-fonts/noto-sans-jp'].map((name) =>
  dirname(require.resolve(`${name}/package.json`)),
);
const article = parseArticle(JSON.parse(readFileSync(input, 'utf8')), input);
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: fontDirs }] });
writeFileSync(output, compiler.pdf({ mainFileContent: toTypst(article) }));
