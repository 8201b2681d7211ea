import { InputError, type InputProblem } from '@kiji/core';
import { getRule, type RuleId, ruleIds } from './rules/index.js';
import type { RuleLevel, RuleOptions } from './types.js';

/** A rule's setting: a level, or a level with options (`["warning", { "maxCharacters": 400 }]`). */
export type RuleSetting = RuleLevel | readonly [RuleLevel, Readonly<Record<string, unknown>>];

/** Settings by rule id; rules left out keep their defaults. */
export type RuleSettings = Partial<Record<RuleId, RuleSetting>>;

/** The `lint` part of `kiji.config.json`. */
export interface LintConfig {
  /** Rule settings. */
  rules: RuleSettings;
}

/** The levels a rule can be set to. */
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** `unknown rule "x"` with the closest id, or the list of ids. */
export function unknownRuleMessage(id: string): string {
  const closest = [...ruleIds].sort((a, b) => distance(id, a) - distance(id, b))[0]!;
  return distance(id, closest) <= 3
    ? `unknown rule "${id}": did you mean "${closest}"?`
    : `unknown rule "${id}": use one of ${ruleIds.join(', ')}`;
}

function levelProblem(value: unknown, path: string): InputProblem | undefined {
  if (typeof value === 'string' && (RULE_LEVELS as readonly string[]).includes(value)) return undefined;
  return {
    path,
    message: `${JSON.stringify(value)} is not a rule level: use one of ${RULE_LEVELS.join(', ')}`,
  };
}

function optionProblems(id: RuleId, options: unknown, path: string): InputProblem[] {
  const defaults: RuleOptions = getRule(id)!.defaultOptions;
  if (!isRecord(options))
    return [{ path, message: 'rule options must be an object, e.g. { "maxCharacters": 400 }' }];
  const problems: InputProblem[] = [];
  for (const [name, value] of Object.entries(options)) {
    const place = `${path}.${name}`;
    if (!(name in defaults)) {
      const known = Object.keys(defaults);
      problems.push({
        path: place,
        message: `rule "${id}" has no option "${name}"${known.length > 0 ? `: use ${known.join(', ')}` : ''}`,
      });
      continue;
    }
    const expected = defaults[name];
    const ok = Array.isArray(expected)
      ? Array.isArray(value) && value.every((item) => typeof item === 'string')
      : typeof expected === 'number'
        ? typeof value === 'number' && Number.isFinite(value) && value > 0
        : typeof value === typeof expected;
    if (!ok) {
      const kind = Array.isArray(expected)
        ? 'a list of strings'
        : typeof expected === 'number'
          ? 'a positive number'
          : `a ${typeof expected}`;
      problems.push({ path: place, message: `expected ${kind}, got ${JSON.stringify(value)}` });
    }
  }
  return problems;
}

/**
 * Check a `{ "rules": { ... } }` object and return it typed. Every problem is reported at once,
 * each with its path under `base`, as an `InputError` attributed to `file`.
 */
export function parseLintConfig(value: unknown, file?: string, base = 'lint'): LintConfig {
  const problems: InputProblem[] = [];
  if (value === undefined) return { rules: {} };
  if (!isRecord(value))
    throw new InputError([{ path: base, message: 'expected an object like { "rules": { … } }' }], file);
  for (const key of Object.keys(value)) {
    if (key !== 'rules')
      problems.push({ path: `${base}.${key}`, message: `unknown setting "${key}": only "rules" is read` });
  }
  const rules: Record<string, RuleSetting> = {};
  const raw = value.rules;
  if (raw !== undefined && !isRecord(raw)) {
    problems.push({
      path: `${base}.rules`,
      message: 'expected an object of rule ids, e.g. { "long-paragraph": "off" }',
    });
  } else if (raw) {
    for (const [id, setting] of Object.entries(raw)) {
      const path = `${base}.rules.${id}`;
      if (!getRule(id)) {
        problems.push({ path, message: unknownRuleMessage(id) });
        continue;
      }
      if (Array.isArray(setting)) {
        const found = [
          ...(setting.length === 2 ? [] : [{ path, message: 'expected [level, { options }]' }]),
          ...[levelProblem(setting[0], `${path}[0]`)].filter((problem) => problem !== undefined),
          ...(setting.length === 2 ? optionProblems(id as RuleId, setting[1], `${path}[1]`) : []),
        ];
        problems.push(...found);
        if (found.length === 0) rules[id] = [setting[0] as RuleLevel, setting[1] as Record<string, unknown>];
        continue;
      }
      const problem = levelProblem(setting, path);
      if (problem) problems.push(problem);
      else rules[id] = setting as RuleLevel;
    }
  }
  if (problems.length > 0) throw new InputError(problems, file);
  return { rules: rules as RuleSettings };
}

/**
 * Read the lint settings out of a whole `kiji.config.json` value: its `lint` key, other keys
 * belonging to other tools are left alone.
 */
export function parseConfigFile(json: unknown, file?: string): LintConfig {
  if (!isRecord(json))
    throw new InputError(
      [{ path: '', message: 'expected a JSON object like { "lint": { "rules": { … } } }' }],
      file,
    );
  return parseLintConfig(json.lint, file);
}

/** Parse `long-paragraph=off` (the CLI's `--rule`); throws an `Error` whose message says what to write. */
export function parseRuleFlag(text: string): [RuleId, RuleLevel] {
  const match = /^([a-z0-9-]+)=([a-z]+)$/.exec(text.trim());
  if (!match) throw new Error(`--rule "${text}": expected RULE=LEVEL, e.g. --rule long-paragraph=off`);
  const [, id, level] = match;
  if (!getRule(id!)) throw new Error(`--rule "${text}": ${unknownRuleMessage(id!)}`);
  if (!(RULE_LEVELS as readonly string[]).includes(level!)) {
    throw new Error(`--rule "${text}": "${level}" is not a level: use one of ${RULE_LEVELS.join(', ')}`);
  }
  return [id as RuleId, level as RuleLevel];
}

/**
 * Later settings win. A bare level keeps options set earlier: a config's
 * `["warning", { "maxCharacters": 400 }]` and a flag's `error` make `["error", { "maxCharacters": 400 }]`.
 */
export function mergeRuleSettings(...layers: RuleSettings[]): RuleSettings {
  const merged: Record<string, RuleSetting> = {};
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer) as [RuleId, RuleSetting][]) {
      const previous = merged[id];
      merged[id] = typeof setting === 'string' && Array.isArray(previous) ? [setting, previous[1]] : setting;
    }
  }
  return merged as RuleSettings;
}
