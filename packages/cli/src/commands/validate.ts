import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { loadArticle } from '../load-article.js';

export const validate: Command = {
  name: 'validate',
  summary: 'check an article and list every problem with its place',
  help: `Usage: kiji validate <article>...

Checks each article (.json, .md / .markdown, or .txt imported from scraped text) against the
Kiji schema: node types, required fields, unique ids and source references. Prints one line per
problem (file:line:column: json.path: message; the line is known for Markdown and JSON syntax).
Exit 0 when all are valid, 1 when any has problems, 2 for usage errors.`,
  options: { quiet: { type: 'boolean', short: 'q' } },
  async run({ positionals, values }, io) {
    if (positionals.length === 0) throw new UsageError('expected at least one article file');
    let failed = false;
    for (const path of positionals) {
      try {
        await loadArticle(path, io.cwd, io.stderr);
        if (!values.quiet) io.stdout(`${path}: valid\n`);
      } catch (error) {
        if (positionals.length === 1) throw error;
        // Several files: report each and carry on, so one run lists every problem.
        const { formatProblem, isInputError } = await import('@kiji/core');
        if (!isInputError(error)) throw error;
        for (const problem of error.problems) io.stderr(`${formatProblem(problem, error.file)}\n`);
        failed = true;
      }
    }
    return failed ? EXIT.badInput : EXIT.ok;
  },
};
