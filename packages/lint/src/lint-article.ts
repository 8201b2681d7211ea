import { type Article, formatPath, isJapanese, walk } from '@kiji/core';
import { parseLintConfig, type RuleSetting, type RuleSettings } from './config.js';
import { rules } from './rules/index.js';
import type { Finding, Rule, RuleLevel, RuleOptions, Severity } from './types.js';

/** Options of `lintArticle`. */
export interface LintOptions {
  /** Rule settings: `"off"`, a severity, or `[severity, options]`; rules left out keep their defaults. */
  rules?: RuleSettings;
  /**
   * Find the line and column of a finding in the input file (e.g. `locateInJson` or a position map
   * from the Markdown loader); findings keep only their JSON path when it returns `undefined`.
   */
  locate?: (finding: Finding) => { line: number; column?: number } | undefined;
}

function settingOf(setting: RuleSetting | undefined, rule: Rule): { level: RuleLevel; options: RuleOptions } {
  if (setting === undefined) return { level: rule.defaultSeverity, options: rule.defaultOptions };
  if (typeof setting === 'string') return { level: setting, options: rule.defaultOptions };
  return { level: setting[0], options: { ...rule.defaultOptions, ...(setting[1] as RuleOptions) } };
}

/** Document order of every node path, so findings print top to bottom. */
function documentOrder(article: Article): (path: string) => number {
  const order = new Map<string, number>([['meta', -1]]);
  let index = 0;
  for (const { path } of walk(article)) order.set(formatPath(path), index++);
  for (const [position] of article.sources.entries()) order.set(`sources[${position}]`, index++);
  return (path) => {
    // The longest known prefix: `children[3].heading[0]` sorts with its section.
    for (let probe = path; probe !== ''; probe = probe.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '')) {
      const found = order.get(probe);
      if (found !== undefined) return found;
    }
    return path === '' ? -2 : index;
  };
}

/**
 * Check an article against every enabled rule and return the findings in document order.
 * Throws `InputError` when `options.rules` names an unknown rule, level or option.
 */
export function lintArticle(article: Article, options: LintOptions = {}): Finding[] {
  const settings = parseLintConfig({ rules: options.rules ?? {} }, undefined, 'options').rules;
  const japanese = isJapanese(article.meta.language);
  const findings: Finding[] = [];
  for (const rule of rules as readonly Rule[]) {
    const { level, options: ruleOptions } = settingOf(settings[rule.id as keyof RuleSettings], rule);
    if (level === 'off') continue;
    rule.check({
      article,
      japanese,
      options: ruleOptions,
      report: (report) => {
        const finding: Finding = { rule: rule.id, severity: level, ...report };
        const place = options.locate?.(finding);
        if (place) {
          finding.line = place.line;
          if (place.column !== undefined) finding.column = place.column;
        }
        findings.push(finding);
      },
    });
  }
  const orderOf = documentOrder(article);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id as string, index]));
  return findings
    .map((finding, index) => ({ finding, index, order: orderOf(finding.path) }))
    .sort(
      (a, b) =>
        a.order - b.order ||
        (a.finding.offset ?? 0) - (b.finding.offset ?? 0) ||
        ruleIndex.get(a.finding.rule)! - ruleIndex.get(b.finding.rule)! ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

/** Count findings by severity. */
export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
