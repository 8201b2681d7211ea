import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEdition } from './edition.js';
import { measure, median, type Sample } from './measure.js';

// pnpm bench: Kiji against Typst and a Chromium print script on the same articles, run side by
// side (A B C A B C …) so drift on a shared machine hits every tool alike. Quote the ratios.

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = join(root, 'out/bench');
mkdirSync(out, { recursive: true });
const runs = Number(process.env.BENCH_RUNS ?? 5);
const cli = join(root, 'packages/cli/dist/bin.js');
const dist = join(root, 'bench/dist');
const articles = ['examples/summit-2025/article.json', 'examples/eu-ai-act/article.json'];

interface Tool {
  name: string;
  command: (article: string, pdf: string, html: string) => string[];
}

const tools: Tool[] = [
  { name: 'kiji render --pdf', command: (article, pdf) => ['node', cli, 'render', article, '--pdf', pdf] },
  {
    name: 'Typst (typst-ts-node-compiler)',
    command: (article, pdf) => ['node', join(dist, 'typst-pdf.js'), article, pdf],
  },
  {
    name: 'Chromium print (playwright-core)',
    command: (_a, pdf, html) => ['node', join(dist, 'chromium-pdf.js'), html, pdf],
  },
];

const lines = [
  `# Benchmark: whole-process PDF rendering, ${runs} runs each after one warm-up (medians)`,
  '',
  '| article | tool | seconds | peak MiB | PDF KiB | time ÷ kiji | memory ÷ kiji |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
];
const report: unknown[] = [];
for (const relative of articles) {
  const article = join(root, relative);
  const name = basename(dirname(article));
  const html = join(out, `${name}.html`);
  // The Chromium script prints Kiji's own HTML, so both sides typeset the same content.
  measure(['node', cli, 'render', article, '--html', html]);
  const samples = new Map<string, Sample[]>(tools.map((tool) => [tool.name, []]));
  for (let round = -1; round < runs; round++) {
    for (const tool of tools) {
      const pdf = join(out, `${name}.${tools.indexOf(tool)}.pdf`);
      const sample = measure(tool.command(article, pdf, html));
      if (round >= 0) samples.get(tool.name)!.push(sample);
    }
  }
  const kiji = samples.get(tools[0]!.name)!;
  const kijiSeconds = median(kiji.map((s) => s.seconds));
  const kijiMiB = median(kiji.map((s) => s.peakMiB));
  for (const tool of tools) {
    const list = samples.get(tool.name)!;
    const seconds = median(list.map((s) => s.seconds));
    const peakMiB = median(list.map((s) => s.peakMiB));
    const kib = statSync(join(out, `${name}.${tools.indexOf(tool)}.pdf`)).size / 1024;
    report.push({ article: name, tool: tool.name, seconds, peakMiB, kib, runs });
    lines.push(
      `| ${name} | ${tool.name} | ${seconds.toFixed(2)} | ${peakMiB.toFixed(0)} | ${kib.toFixed(0)} | ${(seconds / kijiSeconds).toFixed(2)} | ${(peakMiB / kijiMiB).toFixed(2)} |`,
    );
  }
}
lines.push('', 'Peak memory is the largest single process (for Chromium: its biggest process, not the sum).');

// An edition of many articles (cycled from the fixtures and examples) as one PDF pack and one EPUB.
const editionArticles = Number(process.env.BENCH_EDITION_ARTICLES ?? 50);
const editionRuns = Number(process.env.BENCH_EDITION_RUNS ?? 1);
lines.push(
  '',
  `## Edition of ${editionArticles} articles (${editionRuns} run${editionRuns === 1 ? '' : 's'}, median)`,
  '',
  '| output | seconds | peak MiB | file KiB |',
  '| --- | ---: | ---: | ---: |',
);
for (const row of benchEdition(root, out, cli, editionArticles, editionRuns)) {
  report.push({ article: `edition-${editionArticles}`, ...row });
  lines.push(
    `| ${row.tool} | ${row.seconds.toFixed(1)} | ${row.peakMiB.toFixed(0)} | ${row.kib.toFixed(0)} |`,
  );
}
writeFileSync(join(out, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(out, 'bench.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
