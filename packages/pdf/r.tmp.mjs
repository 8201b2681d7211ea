import { readFileSync, writeFileSync } from 'node:fs';
import { parseArticle } from '@kiji/core';
import { renderPdf } from '@kiji/pdf';
const [file, out, tagged] = process.argv.slice(2);
const article = parseArticle(JSON.parse(readFileSync(file, 'utf8')));
const t = performance.now();
const pdf = await renderPdf(article, { root: file.replace(/\/[^/]+$/, ''), tagged: tagged !== 'off' });
console.log(out, pdf.length, Math.round(performance.now() - t), 'ms');
writeFileSync(out, pdf);
