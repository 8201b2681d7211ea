import { toMarkdown } from '@kiji/markdown';
import type { Command } from '../command.js';
import { LIMIT_HELP, LIMIT_OPTIONS, readLimits } from '../input-limits.js';
import { EXIT, STDIO, UsageError } from '../io.js';
import { FROM_HELP, fromOption, loadArticleResult } from '../load-article.js';
import { checkSourceDateEpoch } from '../source-date-epoch.js';
import { checkOutputPaths, writeOutput } from '../write-output.js';

const TARGETS = ['json', 'md'] as const;
type Target = (typeof TARGETS)[number];

/** Serialise an article for each target format. */
const writers: Record<Target, (article: Parameters<typeof toMarkdown>[0]) => string> = {
  json: (article) => `${JSON.stringify(article, null, 2)}\n`,
  md: (article) => toMarkdown(article),
};

export const importCommand: Command = {
  name: 'import',
  summary: 'convert an article between JSON, Markdown and scraped text',
  help: `Usage: kiji import <input> [-o FILE] [--to json|md] [--from json|md|txt]

Reads an article from .json, .md / .markdown (Kiji Markdown) or .txt (the text of a scraped
web page, structured by guessing) and writes it as JSON or as Kiji Markdown. Warnings about
what was guessed or dropped go to stderr as "file:line: warning: message". "-" as the input
reads standard input (with --from).

Options:
  -o, --output FILE    write to FILE instead of stdout (written whole or not at all)
  --to json|md         output format; default: md when FILE ends in .md or .markdown, else json
${FROM_HELP}
${LIMIT_HELP}

Examples:
  kiji import page.txt -o article.json
  kiji import article.json --to md > article.md
  curl -s https://example.com/page.txt | kiji import - --from txt -o article.json`,
  options: {
    output: { type: 'string', short: 'o' },
    to: { type: 'string' },
    ...fromOption,
    ...LIMIT_OPTIONS,
  },
  async run({ positionals, values }, io) {
    if (positionals.length !== 1) throw new UsageError('expected exactly one input file');
    const output = typeof values.output === 'string' && values.output !== '-' ? values.output : undefined;
    const target = chooseTarget(values.to, output);
    const input = positionals[0]!;
    if (output !== undefined)
      checkOutputPaths([{ flag: '--output', path: output }], input === STDIO ? [] : [input], io.cwd);
    checkSourceDateEpoch();
    const { article } = await loadArticleResult(input, io.cwd, io.stderr, {
      from: values.from,
      readStdin: io.readStdin,
      limits: readLimits(values),
    });
    const text = writers[target](article);
    if (output === undefined) {
      io.stdout(text);
    } else {
      await writeOutput(output, text, io.cwd);
      io.stdout(`wrote ${output}\n`);
    }
    return EXIT.ok;
  },
};

function chooseTarget(to: unknown, output: string | undefined): Target {
  if (typeof to === 'string') {
    if ((TARGETS as readonly string[]).includes(to)) return to as Target;
    if (to === 'markdown') return 'md';
    throw new UsageError(`--to ${to}: use one of ${TARGETS.join(', ')}`);
  }
  return output !== undefined && /\.(md|markdown)$/i.test(output) ? 'md' : 'json';
}
