import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
process.env.NODE_ENV ??= 'production';
const { parseArticle } = await import('@kiji/core');
const A = (await import('/work/wt/warm/packages/pdf/dist-base/index.js')).renderPdf;
const B = (await import('@kiji/pdf')).renderPdf;
const [count = '20', ...inputs] = process.argv.slice(2);
const articles = (inputs.length ? inputs : ['../examples/summit-2025/article.json']).map((input) => [parseArticle(JSON.parse(readFileSync(input, 'utf8')), input), dirname(input)]);
const cpu = { A: [], B: [] }; const hash = { A: new Set(), B: new Set() };
for (let i = 0; i < Number(count); i++) {
  for (const [name, render] of i % 2 ? [['A', A], ['B', B]] : [['B', B], ['A', A]]) {
    let total = 0;
    for (const [article, baseDir] of articles) {
      const c0 = process.cpuUsage();
      const pdf = await render(article, { baseDir });
      const c = process.cpuUsage(c0); total += (c.user + c.system) / 1000;
      if (i === 0) hash[name].add(createHash('sha256').update(pdf).digest('hex').slice(0, 12));
    }
    if (i > 1) cpu[name].push(total / articles.length);
  }
}
const stat = (xs) => { const s = [...xs].sort((a, b) => a - b); return { mean: +(s.reduce((a, b) => a + b, 0) / s.length).toFixed(1), q1: +s[Math.floor(s.length / 4)].toFixed(1), median: +s[Math.floor(s.length / 2)].toFixed(1), min: +s[0].toFixed(1) }; };
const a = stat(cpu.A), b = stat(cpu.B);
const pairs = cpu.A.map((x, i) => cpu.B[i] / x).sort((x, y) => x - y);
console.log(JSON.stringify({ base: a, new: b, pairRatioMedian: +pairs[Math.floor(pairs.length / 2)].toFixed(3), ratioMedian: +(b.median / a.median).toFixed(3), ratioMean: +(b.mean / a.mean).toFixed(3), sameBytes: [...hash.A].join() === [...hash.B].join() }));
