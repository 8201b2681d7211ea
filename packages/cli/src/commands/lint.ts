import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { formatProblem, isInputError } from '@kiji/core';
import {
  countFindings,
  type Finding,
  formatFinding,
  type LintConfig,
  lintArticle,
  locateInJson,
  locateInText,
  mergeRuleSettings,
  parseRuleFlag,
  type RuleSettings,
  rules,
} from '@kiji/lint';
import type { Command } from '../command.js';
import { configFor } from '../config/config-file.js';
import { LIMIT_HELP, LIMIT_OPTIONS, readLimits } from '../input-limits.js';
import { EXIT, type Io, UsageError } from '../io.js';
import { FROM_HELP, fromOption, loadArticle } from '../load-article.js';
import { terminalSafe } from '../terminal-safe.js';

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;

function summary(findings: readonly Finding[], files: number, failed: number): string {
  const counts = countFindings(findings);
  const parts = [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    plural(counts.info, 'info'),
  ];
  const unread = failed > 0 ? `, ${plural(failed, 'file')} not read` : '';
  return `${parts.join(', ')} in ${plural(files, 'file')}${unread}`;
}

function listRules(io: Io): number {
  const width = Math.max(...rules.map((rule) => rule.id.length));
  for (const rule of rules) {
    io.stdout(`${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}\n`);
  }
  return EXIT.ok;
}

export const lint: Command = {
  name: 'lint',
  summary: 'check articles for editorial problems (brackets, cut quotes, sources, dates…)',
  help: `Usage: kiji lint <article>... [--rule RULE=LEVEL]... [--config FILE] [--json]
       kiji lint --list-rules

Checks each article (.json, .md or scraped .txt) for what an editor would catch: unbalanced
「」 and “”, quotes cut off without being marked truncated, quotes and reports without a source,
unused sources and sources without an https URL, leftover page boilerplate, empty or repeated
headings, mixed digit widths, dates that contradict the article's date or the calendar, paragraphs
too long to read.

Prints one line per finding, then a summary:
  file:line:col severity rule message: fix
  file: json.path: severity rule message: fix    (where the line is not known)

Settings come from kiji.config.json or .kijirc.json next to the article, else in the current
directory: { "lint": { "rules": { "long-paragraph": "off" } } }. See the @kiji/lint README.

Options:
  --rule RULE=LEVEL    set a rule to off, info, warning or error for this run (repeatable)
  --config FILE        read settings from FILE instead of looking for one
  --json               print the findings as JSON: [{ "file", "findings": [...] }]
  --list-rules         list every rule with its default severity
${FROM_HELP}
${LIMIT_HELP}

Exit 1 when any finding is an error or an article cannot be read, 0 otherwise, 2 for usage errors.

Examples:
  kiji lint article.json
  kiji lint drafts/*.md --rule long-paragraph=off --json
  cat article.md | kiji lint - --from md`,
  options: {
    ...fromOption,
    ...LIMIT_OPTIONS,
    rule: { type: 'string', multiple: true },
    config: { type: 'string' },
    json: { type: 'boolean' },
    'list-rules': { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    if (values['list-rules']) return listRules(io);
    if (positionals.length === 0) throw new UsageError('expected at least one article file');
    const limits = readLimits(values);
    const flags: RuleSettings = {};
    for (const text of (values.rule as string[] | undefined) ?? []) {
      try {
        const [id, level] = parseRuleFlag(text);
        flags[id] = level;
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    }
    const explicit =
      typeof values.config === 'string' ? (await configFor(values, undefined, io.cwd))?.lint : undefined;

    const results: { file: string; findings: Finding[] }[] = [];
    let failed = 0;
    for (const path of positionals) {
      const file = resolve(io.cwd, path);
      const config: LintConfig = explicit ??
        (await configFor({}, path === '-' ? undefined : file, io.cwd))?.lint ?? { rules: {} };
      try {
        const article = await loadArticle(path, io.cwd, io.stderr, {
          from: values.from,
          readStdin: io.readStdin,
          limits,
        });
        const text = await readFile(file, 'utf8');
        // JSON: exact places from the parse tree; Markdown and text: found by searching the source.
        const locate =
          extname(file).toLowerCase() === '.json' ? locateInJson(text) : locateInText(text, article);
        const findings = lintArticle(article, {
          rules: mergeRuleSettings(config.rules, flags),
          locate,
        });
        results.push({ file: path, findings });
        if (!values.json)
          for (const finding of findings) io.stdout(`${terminalSafe(formatFinding(finding, path))}\n`);
      } catch (error) {
        if (positionals.length === 1) throw error;
        // Several files: report each unreadable one and carry on, so one run lists everything.
        if (isInputError(error)) {
          for (const problem of error.problems) io.stderr(`${formatProblem(problem, error.file)}\n`);
        } else if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          io.stderr(`${path}: no such file or directory\n`);
        } else throw error;
        failed++;
      }
    }
    const all = results.flatMap((result) => result.findings);
    if (values.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
    else io.stdout(`${summary(all, positionals.length, failed)}\n`);
    return failed > 0 || all.some((finding) => finding.severity === 'error') ? EXIT.badInput : EXIT.ok;
  },
};
