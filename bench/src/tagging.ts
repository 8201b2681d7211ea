import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Article, parseArticle } from '@kiji/core';
import { renderPdf } from '@kiji/pdf';
import { median } from './measure.js';
import { scaleArticle } from './scale.js';

// Usage: tagging <repo root> <rounds> — what tagging costs: every fixture, both examples and the
// flagship's body four times over, each rendered tagged and untagged in turn (A B, then B A) in
// one warm process after two uncounted passes over everything. Prints JSON: per set, the summed median milliseconds
// of CPU time (user and system, garbage collection included: on a machine shared with other work
// wall time moves with the neighbours, CPU time much less) and the bytes, tagged and untagged.
process.env.NODE_ENV ??= 'production';
const [root, roundsText = '5'] = process.argv.slice(2);
if (!root) throw new Error('usage: tagging <repo root> <rounds>');
const rounds = Number(roundsText);

const corpus = join(root, 'packages/fixtures/corpus');
const load = (file: string) => ({
  article: parseArticle(JSON.parse(readFileSync(file, 'utf8')), file),
  root: dirname(file),
});
const flagship = load(join(root, 'examples/summit-2025/article.json'));
// The flagship alone is measured last: measured first after the warm-up it came out 1.4 times
// slower tagged, last 1.09 (a whole cold process costs 1.01 times as much CPU): the first set
// measured moves most with the order.
const sets: { name: string; articles: { article: Article; root: string }[] }[] = [
  { name: '4× flagship', articles: [{ article: scaleArticle(flagship.article, 4), root: flagship.root }] },
  {
    name: 'fixtures and examples',
    articles: [
      ...readdirSync(corpus)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => load(join(corpus, name))),
      flagship,
      load(join(root, 'examples/eu-ai-act/article.json')),
    ],
  },
  { name: 'flagship', articles: [flagship] },
];

/** CPU milliseconds and bytes of one render. */
async function render(article: Article, articleRoot: string, tagged: boolean) {
  const started = process.cpuUsage();
  const pdf = await renderPdf(article, { root: articleRoot, tagged });
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, bytes: pdf.length };
}

// Two uncounted passes over everything, both ways, so that neither way is measured while the
// code is still being compiled (a dozen renders in, renders still get faster).
for (let pass = 0; pass < 2; pass++) {
  for (const { articles } of sets) {
    for (const { article, root: articleRoot } of articles) {
      await render(article, articleRoot, true);
      await render(article, articleRoot, false);
    }
  }
}
const result = [];
for (const { name, articles } of sets) {
  const times = { tagged: [] as number[], untagged: [] as number[] };
  const bytes = { tagged: 0, untagged: 0 };
  for (let round = 0; round < rounds; round++) {
    const sum = { tagged: 0, untagged: 0 };
    bytes.tagged = 0;
    bytes.untagged = 0;
    // Each article tagged then untagged (then the other way round next round), side by side.
    for (const { article, root: articleRoot } of articles) {
      for (const tagged of round % 2 === 0 ? [true, false] : [false, true]) {
        const { ms, bytes: size } = await render(article, articleRoot, tagged);
        sum[tagged ? 'tagged' : 'untagged'] += ms;
        bytes[tagged ? 'tagged' : 'untagged'] += size;
      }
    }
    times.tagged.push(sum.tagged);
    times.untagged.push(sum.untagged);
  }
  result.push({
    name,
    articles: articles.length,
    taggedMs: median(times.tagged),
    untaggedMs: median(times.untagged),
    taggedBytes: bytes.tagged,
    untaggedBytes: bytes.untagged,
  });
}
process.stdout.write(JSON.stringify(result));
