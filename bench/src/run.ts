import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@kiji/core';
import { benchEdition } from './edition.js';
import { measure, median, type Sample } from './measure.js';
import { scaleArticle } from './scale.js';

// pnpm bench: Kiji against Typst and a Chromium print script, run side by side (A B C A B C …)
// so that drift on a shared machine hits every tool alike. The ratios are what to quote.

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = join(root, 'out/bench');
const work = join(out, 'work');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const runs = Number(process.env.BENCH_RUNS ?? 5);
const heavyRuns = Number(process.env.BENCH_HEAVY_RUNS ?? 3);
const batchSize = Number(process.env.BENCH_BATCH ?? 100);
const cli = join(root, 'packages/cli/dist/bin.js');
const dist = join(root, 'bench/dist');
const flagship = join(root, 'examples/summit-2025/article.json');
const corpus = join(root, 'packages/fixtures/corpus');
const node = (script: string, ...args: string[]) => ['node', join(dist, script), ...args];
// Kiji keeps compiled code and shaping results between runs (packages/cli: KIJI_CACHE_DIR); the
// bench gives it a folder of its own, filled by each group's uncounted first round as any earlier
// run would fill a user's, and measures the flagship once more with no cache at all.
const cache = join(work, 'cache');
const kiji = (...args: string[]) => ['env', `KIJI_CACHE_DIR=${cache}`, 'node', cli, ...args];
const kijiWithoutCache = (...args: string[]) => ['env', 'KIJI_CACHE_DIR=', 'node', cli, ...args];

interface Row {
  measure: string;
  tool: string;
  /** Seconds for whole processes, or milliseconds per article for warm renders. */
  value: number;
  unit: 's' | 'ms/article' | 'articles/s' | 'KiB';
  peakMiB: number;
  runs: number;
  /** Kiji's value divided by this tool's (time) or this tool's by Kiji's (throughput). */
  ratio?: number;
  target?: string;
}
const rows: Row[] = [];

/** Run every command of a group in turn, `count` rounds after `warmups` uncounted ones. */
function sideBySide(commands: Record<string, string[]>, count: number, warmups = 1) {
  const samples: Record<string, Sample[]> = Object.fromEntries(
    Object.keys(commands).map((name) => [name, []]),
  );
  for (let round = -warmups; round < count; round++) {
    for (const [name, command] of Object.entries(commands)) {
      const sample = measure(command);
      if (round >= 0) samples[name]!.push(sample);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        seconds: median(list.map((s) => s.seconds)),
        peakMiB: median(list.map((s) => s.peakMiB)),
        ms: median(
          list.map((s) => (s.stdout.startsWith('{') ? (JSON.parse(s.stdout) as { ms: number }).ms : 0)),
        ),
      },
    ]),
  );
}

const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

/** What tagging costs (time and size), tagged against untagged renders in one warm process. */
function taggingRows(): Row[] {
  progress('tagged PDF, tagged and untagged');
  const sample = measure(node('tagging.js', root, String(heavyRuns)));
  const sets = JSON.parse(sample.stdout) as {
    name: string;
    articles: number;
    taggedMs: number;
    untaggedMs: number;
    taggedBytes: number;
    untaggedBytes: number;
  }[];
  return sets.flatMap((set) => {
    const what = `${set.name} (${set.articles} article${set.articles > 1 ? 's' : ''}), warm, tagged (ratio: ÷ untagged)`;
    return [
      {
        // CPU milliseconds (see src/tagging.ts): wall time on a shared machine moves with the neighbours.
        measure: `${what}: CPU time`,
        tool: 'Kiji',
        value: set.taggedMs / set.articles,
        unit: 'ms/article' as const,
        peakMiB: sample.peakMiB,
        runs: heavyRuns,
        ratio: set.taggedMs / set.untaggedMs,
        target: '≤ 1.15',
      },
      {
        measure: `${what}: PDF size (untagged ${(set.untaggedBytes / 1024).toFixed(0)} KiB)`,
        tool: 'Kiji',
        value: set.taggedBytes / 1024,
        unit: 'KiB' as const,
        peakMiB: sample.peakMiB,
        runs: heavyRuns,
        ratio: set.taggedBytes / set.untaggedBytes,
        target: '≤ 1.15',
      },
    ];
  });
}

// BENCH_STAGE=tagging runs only the tagging rows (the rest takes many minutes).
if (process.env.BENCH_STAGE === 'tagging') {
  rows.push(...taggingRows());
  writeTable('tagging');
  process.exit(0);
}

// BENCH_STAGE=throughput runs only the warm and batch rows (sections 4 and 5).
const throughputOnly = process.env.BENCH_STAGE === 'throughput';
// The Chromium scripts print Kiji's HTML.
const flagshipHtml = join(work, 'flagship.html');
measure(kiji('render', flagship, '--html', flagshipHtml));

// 1. The flagship, cold: one whole process per PDF.
if (!throughputOnly) {
  progress('flagship, cold');
  const cold = sideBySide(
    {
      Kiji: kiji('render', flagship, '--pdf', join(work, 'flagship.kiji.pdf')),
      'Kiji, no cache': kijiWithoutCache('render', flagship, '--pdf', join(work, 'flagship.nocache.pdf')),
      Typst: node('typst-pdf.js', flagship, join(work, 'flagship.typst.pdf')),
      Chromium: node('chromium-pdf.js', flagshipHtml, join(work, 'flagship.chromium.pdf')),
    },
    runs,
  );
  for (const tool of ['Kiji', 'Typst', 'Chromium'] as const) {
    rows.push({
      measure: 'flagship PDF, cold process',
      tool,
      value: cold[tool]!.seconds,
      unit: 's',
      peakMiB: cold[tool]!.peakMiB,
      runs,
      ratio: cold.Kiji!.seconds / cold[tool]!.seconds,
      ...(tool === 'Chromium' ? { target: 'Kiji ÷ Chromium ≤ 0.5' } : {}),
    });
  }
  // The first run after an install, or with KIJI_CACHE_DIR= (the ratio: ÷ Chromium).
  rows.push({
    measure: 'flagship PDF, cold process, no cache (KIJI_CACHE_DIR=; ratio ÷ Chromium)',
    tool: 'Kiji',
    value: cold['Kiji, no cache']!.seconds,
    unit: 's',
    peakMiB: cold['Kiji, no cache']!.peakMiB,
    runs,
    ratio: cold['Kiji, no cache']!.seconds / cold.Chromium!.seconds,
  });

  // BENCH_STAGE=cold stops after the cold flagship rows.
  if (process.env.BENCH_STAGE === 'cold') {
    writeTable('cold');
    process.exit(0);
  }

  // 2. EPUB and HTML of the flagship, cold.
  progress('EPUB and HTML, cold');
  const other = sideBySide(
    {
      EPUB: kiji('render', flagship, '--epub', join(work, 'flagship.epub')),
      HTML: kiji('render', flagship, '--html', join(work, 'flagship.2.html')),
    },
    runs,
  );
  for (const format of ['EPUB', 'HTML'] as const) {
    rows.push({
      measure: `flagship ${format}, cold process`,
      tool: 'Kiji',
      value: other[format]!.seconds,
      unit: 's',
      peakMiB: other[format]!.peakMiB,
      runs,
    });
  }

  // 3. Length: the flagship's body repeated 1, 4, 16 and 64 times.
  const article = parseArticle(JSON.parse(readFileSync(flagship, 'utf8')), flagship);
  const curve: Record<number, Record<string, { seconds: number; peakMiB: number }>> = {};
  for (const times of (process.env.BENCH_SCALES ?? '1,4,16,64').split(',').map(Number)) {
    progress(`${times}× flagship`);
    const file = join(work, `x${times}.json`);
    writeFileSync(file, JSON.stringify(scaleArticle(article, times)));
    curve[times] = sideBySide(
      {
        Kiji: kiji('render', file, '--pdf', join(work, `x${times}.kiji.pdf`)),
        Typst: node('typst-pdf.js', file, join(work, `x${times}.typst.pdf`)),
      },
      times >= 16 ? heavyRuns : runs,
      times >= 16 ? 0 : 1,
    );
    for (const tool of ['Kiji', 'Typst'] as const) {
      const previous = times > 1 ? curve[times / 4]![tool]!.seconds : undefined;
      rows.push({
        measure: `${times}× flagship PDF, cold process${previous ? ` (÷ ${times / 4}×: ${(curve[times]![tool]!.seconds / previous).toFixed(2)})` : ''}`,
        tool,
        value: curve[times]![tool]!.seconds,
        unit: 's',
        peakMiB: curve[times]![tool]!.peakMiB,
        runs: times >= 16 ? heavyRuns : runs,
        ratio: curve[times]!.Kiji!.seconds / curve[times]![tool]!.seconds,
        ...(times === 64 && tool === 'Kiji' ? { target: '÷ 16× ≤ 4; peak < 400 MB' } : {}),
        ...(times === 64 && tool === 'Typst' ? { target: 'Kiji ÷ Typst ≤ 10' } : {}),
      });
    }
  }
}

// 4. Warm: one process, the flagship again and again (median after the first).
progress('warm');
const warm = sideBySide(
  {
    Kiji: node('kiji-warm.js', flagship, '10'),
    Typst: node('typst-warm.js', '10', flagship),
    Chromium: node('chromium-warm.js', '10', flagshipHtml),
  },
  heavyRuns,
  0,
);
for (const tool of ['Kiji', 'Typst', 'Chromium'] as const) {
  rows.push({
    measure: 'flagship PDF, warm process, per article',
    tool,
    value: warm[tool]!.ms,
    unit: 'ms/article',
    peakMiB: warm[tool]!.peakMiB,
    runs: heavyRuns,
    ratio: warm.Kiji!.ms / warm[tool]!.ms,
  });
}

// 5. Batch: 100 articles (the fixture corpus and the examples, in turn), whole process.
progress(`batch of ${batchSize}`);
const sources = [
  ...readdirSync(corpus)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(corpus, name)),
  flagship,
  join(root, 'examples/eu-ai-act/article.json'),
];
const batchDir = join(work, 'batch');
mkdirSync(batchDir, { recursive: true });
const inputs = Array.from({ length: batchSize }, (_, index) => {
  const file = join(batchDir, `a${String(index).padStart(3, '0')}.json`);
  copyFileSync(sources[index % sources.length]!, file);
  return file;
});
const figureSources = new Set(sources.map((source) => join(source, '..')));
for (const dir of figureSources) {
  // Figures are relative to their article: copy what the examples link.
  for (const name of readdirSync(dir)) {
    if (/\.(png|jpe?g|svg|gif)$/i.test(name)) copyFileSync(join(dir, name), join(batchDir, name));
  }
}
// The HTML the Chromium script prints; with --pdf, this run also leaves the batch workers' compiled
// code in Kiji's cache (their own file, see packages/cli), as any earlier batch would: the runs
// measured below are like every batch after the first, as the other rows are.
measure(kiji('render', ...inputs, '--out-dir', join(work, 'batch-html'), '--html', '--pdf'), {
  allowFailure: true,
});
const htmlFiles = inputs.map((input) =>
  join(work, 'batch-html', input.split('/').at(-1)!.replace('.json', '.html')),
);
const batch = sideBySide(
  {
    Kiji: kiji('render', ...inputs, '--out-dir', join(work, 'batch-kiji'), '--jobs', '2'),
    Typst: node('typst-pdf.js', ...inputs.flatMap((input) => [input, `${input}.typst.pdf`])),
    Chromium: node('chromium-pdf.js', ...htmlFiles.flatMap((html) => [html, `${html}.pdf`])),
  },
  heavyRuns,
  0,
);
for (const tool of ['Kiji', 'Typst', 'Chromium'] as const) {
  rows.push({
    measure: `batch of ${batchSize} PDFs, whole process (Kiji: 2 workers; others: one warm compiler / page)`,
    tool,
    value: batchSize / batch[tool]!.seconds,
    unit: 'articles/s',
    peakMiB: batch[tool]!.peakMiB,
    runs: heavyRuns,
    ratio: batch[tool]!.seconds / batch.Kiji!.seconds,
    ...(tool === 'Chromium' ? { target: 'Kiji ÷ Chromium ≥ 4' } : {}),
    ...(tool === 'Typst' ? { target: 'Kiji ÷ Typst ≥ 1/3 (stretch 1/2)' } : {}),
  });
}

if (throughputOnly) {
  writeTable('throughput');
  process.exit(0);
}

// 6. What tagging costs.
rows.push(...taggingRows());

// 7. An edition of many articles (cycled from the fixtures and examples) as one PDF pack and one EPUB.
const editionArticles = Number(process.env.BENCH_EDITION_ARTICLES ?? 50);
const editionRuns = Number(process.env.BENCH_EDITION_RUNS ?? 1);
progress(`edition of ${editionArticles}`);
for (const row of benchEdition(root, out, cli, editionArticles, editionRuns)) {
  rows.push({
    measure: `${row.tool}, ${row.kib.toFixed(0)} KiB`,
    tool: 'Kiji',
    value: row.seconds,
    unit: 's',
    peakMiB: row.peakMiB,
    runs: editionRuns,
  });
}

writeTable('bench');

function format(row: Row): string {
  return row.unit === 's'
    ? row.value.toFixed(2)
    : row.unit === 'ms/article' || row.unit === 'KiB'
      ? row.value.toFixed(0)
      : row.value.toFixed(1);
}

/** The table of every row measured, printed and written to out/bench/<name>.md and .json. */
function writeTable(name: string): void {
  const lines = [
    `# Benchmark: Kiji, Typst and Chromium side by side (medians; ${runs} runs, ${heavyRuns} for the long and batch rows)`,
    '',
    'Ratio: Kiji ÷ tool for times (below 1: Kiji is faster), Kiji ÷ tool for throughput (above 1: Kiji is faster).',
    '',
    '| measure | tool | value | unit | peak MiB | ratio | target |',
    '| --- | --- | ---: | --- | ---: | ---: | --- |',
    ...rows.map(
      (row) =>
        `| ${row.measure} | ${row.tool} | ${format(row)} | ${row.unit} | ${row.peakMiB.toFixed(0)} | ${row.ratio === undefined ? '' : row.ratio.toFixed(2)} | ${row.target ?? ''} |`,
    ),
    '',
    'Peak memory is the largest single process (for Chromium: its biggest process, not the sum; for',
    'the Kiji batch: the main process with its worker threads).',
  ];
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(rows, null, 2)}\n`);
  writeFileSync(join(out, `${name}.md`), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}
