import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
process.env.NODE_ENV ??= 'production';
const { parseArticle } = await import('@kiji/core');
const { renderPdf } = await import(process.env.PDF_DIST ?? '@kiji/pdf');
const [input, count = '10'] = process.argv.slice(2);
const article = parseArticle(JSON.parse(readFileSync(input, 'utf8')), input);
const cpu = [];
let hash;
for (let i = 0; i < Number(count); i++) {
  const c0 = process.cpuUsage();
  const pdf = await renderPdf(article, { baseDir: dirname(input) });
  const c = process.cpuUsage(c0);
  if (i > 1) cpu.push((c.user + c.system) / 1000);
  hash = createHash('sha256').update(pdf).digest('hex').slice(0, 16);
}
cpu.sort((a, b) => a - b);
const mean = cpu.reduce((a,b)=>a+b,0)/cpu.length;
console.log(JSON.stringify({ mean: mean.toFixed(1), q1: cpu[Math.floor(cpu.length/4)].toFixed(1), cpuMedian: cpu[Math.floor(cpu.length / 2)].toFixed(1), cpuMin: cpu[0].toFixed(1), hash }));
