import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Rule, rules } from '../src/index.js';

/** The README of @kiji/lint. */
export const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));

const START = '<!-- rules:start (generated from the rule registry by `pnpm --filter @kiji/lint readme`) -->';
const END = '<!-- rules:end -->';

const oneLine = (text: string) => text.replace(/\n/g, ' ');

function ruleSection(rule: Rule): string {
  const options = Object.entries(rule.defaultOptions);
  return [
    `### \`${rule.id}\``,
    '',
    rule.description,
    '',
    `- **Default severity:** ${rule.defaultSeverity}. ${rule.rationale}`,
    `- **Example:** ${rule.example}`,
    `- **Fix:** ${rule.fix}`,
    ...(options.length > 0
      ? [
          `- **Options:** ${options
            .map(([name, value]) =>
              `\`${name}\` (default \`${JSON.stringify(value)}\`): ${rule.optionDocs?.[name] ?? ''}`.trimEnd(),
            )
            .join('; ')}`,
        ]
      : []),
  ].join('\n');
}

/** The generated part of the README: the rules list and one section per rule. */
export function renderRulesDoc(): string {
  const summaryList = (rules as readonly Rule[])
    .map((rule) => `- [\`${rule.id}\`](#${rule.id}) (${rule.defaultSeverity}): ${oneLine(rule.description)}`)
    .join('\n');
  return [
    START,
    '',
    summaryList,
    '',
    ...(rules as readonly Rule[]).map(ruleSection).flatMap((s) => [s, '']),
    END,
  ].join('\n');
}

/** The README with its generated part replaced by the current one. */
export function updatedReadme(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no "${START}" ... "${END}" block`);
  return readme.slice(0, start) + renderRulesDoc() + readme.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(readmePath, updatedReadme(readFileSync(readmePath, 'utf8')));
}
