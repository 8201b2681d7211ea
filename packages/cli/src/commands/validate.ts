import { formatProblem, type InputProblem, isInputError } from '@kiji/core';
import type { Command } from '../command.js';
import { LIMIT_HELP, LIMIT_OPTIONS, readLimits } from '../input-limits.js';
import { EXIT, UsageError } from '../io.js';
import { FROM_HELP, fromOption, loadArticle } from '../load-article.js';

/** One article's result in `--json` output. */
interface ValidateResult {
  file: string;
  valid: boolean;
  problems: InputProblem[];
}

export const validate: Command = {
  name: 'validate',
  summary: 'check an article and list every problem with its place',
  help: `Usage: kiji validate <article>... [--json] [--quiet] [--from json|md|txt|html]

Checks each article (.json, .md / .markdown, or .txt imported from scraped text) against the
Kiji schema: node types, required fields, dates, unique ids and source references, all listed
in one run. Prints one line per problem (file:line:column: json.path: message; the line is known
for Markdown and JSON syntax). "-" reads an article from standard input (with --from).
Exit 0 when all are valid, 1 when any has problems, 2 for usage errors.

Options:
  --json                 print the results as JSON: [{ file, valid, problems: [{ path, line, column, message }] }]
  -q, --quiet            print nothing for valid articles
${FROM_HELP}
${LIMIT_HELP}

Examples:
  kiji validate examples/summit-2025/article.json
  kiji validate drafts/*.md --quiet
  kiji validate article.json --json | jq '.[0].problems'
  cat article.md | kiji validate - --from md`,
  options: {
    quiet: { type: 'boolean', short: 'q' },
    json: { type: 'boolean' },
    ...fromOption,
    ...LIMIT_OPTIONS,
  },
  async run({ positionals, values }, io) {
    if (positionals.length === 0) throw new UsageError('expected at least one article file');
    const input = { from: values.from, readStdin: io.readStdin, limits: readLimits(values) };
    const results: ValidateResult[] = [];
    for (const path of positionals) {
      try {
        await loadArticle(path, io.cwd, io.stderr, input);
        results.push({ file: path, valid: true, problems: [] });
        if (!values.quiet && !values.json) io.stdout(`${path}: valid\n`);
      } catch (error) {
        if (!isInputError(error)) throw error;
        results.push({ file: path, valid: false, problems: error.problems });
        if (values.json) continue;
        if (positionals.length === 1) throw error;
        // Several files: report each and carry on, so one run lists every problem.
        for (const problem of error.problems) io.stderr(`${formatProblem(problem, error.file)}\n`);
      }
    }
    if (values.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
    return results.every((result) => result.valid) ? EXIT.ok : EXIT.badInput;
  },
};
