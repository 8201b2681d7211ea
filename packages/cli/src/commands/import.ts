import type { Article } from '@kiji/core';
import type { Command } from '../command.js';
import { LIMIT_HELP, LIMIT_OPTIONS, readLimits } from '../input-limits.js';
import { EXIT, STDIO, UsageError } from '../io.js';
import { FROM_HELP, fromOption, loadArticleResult } from '../load-article.js';
import { checkSourceDateEpoch } from '../source-date-epoch.js';
import { checkOutputPaths, writeOutput } from '../write-output.js';

const TARGETS = ['json', 'md'] as const;
type Target = (typeof TARGETS)[number];

/** Serialise an article for each target format (the Markdown writer is loaded when asked for). */
const writers: Record<Target, (article: Article) => Promise<string>> = {
  json: async (article) => `${JSON.stringify(article, null, 2)}\n`,
  md: async (article) => (await import('@kiji/markdown')).toMarkdown(article),
};

export const importCommand: Command = {
  name: 'import',
  summary: 'convert an article between JSON, Markdown, scraped text and saved web pages',
  help: `Usage: kiji import <input> [-o FILE] [--to json|md] [--from json|md|txt|html] [--published DATE] [--smart-quotes] [--normalize-width]

Reads an article from .json, .md / .markdown (Kiji Markdown), .txt (the text of a scraped
web page, structured by guessing) or .html / .htm (a saved web page: its main content,
metadata and sources, without the page around it; UTF-8, Shift_JIS or EUC-JP) and writes it
as JSON or as Kiji Markdown. Warnings about what was guessed or dropped, and where each
metadata field of a page came from, go to stderr as "file:line: warning: message". "-" as
the input reads standard input (with --from).

Options:
  -o, --output FILE    write to FILE instead of stdout (written whole or not at all)
  --to json|md         output format; default: md when FILE ends in .md or .markdown, else json
${FROM_HELP}
${LIMIT_HELP}

Scraped text (.txt) and saved pages (.html):
  --published DATE     the article's date (2025-10-28), over any date the page gives; nothing is guessed

Scraped text (.txt) only:
  --smart-quotes       "straight" quotes to “curly” ones and a spaced " - " to " — "
                       (default: the text is kept as written, and kiji lint reports them)
  --normalize-width    full-width letters and digits (ＧＤＰ, １５日) to half-width (GDP, 15日)

Examples:
  kiji import page.txt -o article.json
  kiji import page.html -o article.json
  kiji import article.json --to md > article.md
  curl -s https://example.com/page.txt | kiji import - --from txt -o article.json`,
  options: {
    output: { type: 'string', short: 'o' },
    to: { type: 'string' },
    ...fromOption,
    ...LIMIT_OPTIONS,
    published: { type: 'string' },
    'smart-quotes': { type: 'boolean' },
    'normalize-width': { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    if (positionals.length !== 1) throw new UsageError('expected exactly one input file');
    const output = typeof values.output === 'string' && values.output !== '-' ? values.output : undefined;
    const target = chooseTarget(values.to, output);
    const input = positionals[0]!;
    if (output !== undefined)
      checkOutputPaths([{ flag: '--output', path: output }], input === STDIO ? [] : [input], io.cwd);
    checkSourceDateEpoch();
    const published = values.published;
    if (
      published !== undefined &&
      (typeof published !== 'string' || !/^\d{4}-\d{2}-\d{2}/u.test(published))
    ) {
      throw new UsageError(`--published ${String(published)}: give an ISO 8601 date such as 2025-10-28`);
    }
    const { article } = await loadArticleResult(input, io.cwd, io.stderr, {
      from: values.from,
      readStdin: io.readStdin,
      limits: readLimits(values),
      load: {
        html: typeof published === 'string' ? { published } : {},
        text: {
          ...(typeof published === 'string' ? { published } : {}),
          ...(values['smart-quotes'] === true ? { smartQuotes: true } : {}),
          ...(values['normalize-width'] === true ? { normalizeWidth: true } : {}),
        },
      },
    });
    const text = await writers[target](article);
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
