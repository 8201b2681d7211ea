import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure, median, type Sample } from './measure.js';

/**
 * An edition of `count` articles cycled from the fixture corpus and the examples (JSON and
 * Markdown), written as `edition.json` in `dir`; returns its path.
 */
export function writeLargeEdition(root: string, dir: string, count: number): string {
  const corpus = join(root, 'packages/fixtures/corpus');
  const sources = [
    'examples/summit-2025/article.json',
    'examples/eu-ai-act/article.md',
    ...readdirSync(corpus)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => `packages/fixtures/corpus/${name}`),
    'examples/summit-2025/article.md',
    'examples/eu-ai-act/article.json',
  ];
  const sections = ['政治', '経済', '国際', '社会', '科学'];
  const articles = Array.from({ length: count }, (_, index) => ({
    path: join(root, sources[index % sources.length]!),
    section: sections[Math.floor((index * sections.length) / count)]!,
  }));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'edition.json');
  writeFileSync(
    file,
    `${JSON.stringify({ title: `ブリーフィング ${count} 本`, date: '2025-10-29', language: 'ja', number: 1, articles }, null, 2)}\n`,
  );
  return file;
}

/** One row per output of `kiji edition` on a large edition: median seconds, peak MiB, file size. */
export function benchEdition(root: string, out: string, cli: string, count: number, runs: number) {
  const manifest = writeLargeEdition(root, join(out, `edition-${count}`), count);
  const outputs = [
    {
      name: `kiji edition --pdf (${count} articles)`,
      flag: '--pdf',
      file: join(out, `edition-${count}.pdf`),
    },
    {
      name: `kiji edition --epub (${count} articles)`,
      flag: '--epub',
      file: join(out, `edition-${count}.epub`),
    },
  ];
  return outputs.map(({ name, flag, file }) => {
    const samples: Sample[] = [];
    for (let run = 0; run < runs; run++)
      // The manifest lives under out/ and names articles across the repository: the repository is the root.
      samples.push(measure(['node', cli, 'edition', manifest, '--root', root, flag, file]));
    return {
      tool: name,
      seconds: median(samples.map((s) => s.seconds)),
      peakMiB: median(samples.map((s) => s.peakMiB)),
      kib: statSync(file).size / 1024,
      runs,
    };
  });
}
