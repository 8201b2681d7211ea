// The validator's findings as Kiji's problems: a JSON path and a message that says how to fix it.
// zod is bundled into the package: no public type mentions it.
import type { z } from 'zod';
import { formatPath, type InputProblem } from './errors.js';

export function toProblems(error: z.ZodError, input: unknown): InputProblem[] {
  return schemaProblems(error.issues, input);
}

/** One finding of a schema validator: zod's issues have this shape. */
export interface SchemaIssue {
  readonly code?: string;
  readonly path: PropertyKey[];
  readonly message: string;
}

/**
 * A schema validator's issues (zod's `error.issues`) as problems with a JSON path and a message
 * that says how to fix it, for validators of other files (a theme, a config) to report as the
 * article's are reported. `input` is the value validated: messages quote what was found.
 */
export function schemaProblems(issues: readonly SchemaIssue[], input: unknown): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const found of issues) {
    const issue = found as z.core.$ZodIssue;
    const path = formatPath(issue.path);
    problems.push({ path, message: describeIssue(issue, valueAt(input, issue.path)) });
  }
  return problems;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_union': {
      if ('note' in issue && issue.note === 'No matching discriminator') {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        const allowed =
          options.length > 0 ? `: use one of ${options.map((o) => `"${String(o)}"`).join(', ')}` : '';
        return value === undefined
          ? `missing "type"${allowed}`
          : `node type ${JSON.stringify(value)} is not allowed here${allowed}`;
      }
      return issue.message;
    }
    case 'invalid_type':
      if (value === undefined) return `required: expected ${issue.expected}`;
      return `expected ${issue.expected}, got ${describeValue(value)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: remove or rename ${issue.keys.length > 1 ? 'them' : 'it'}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(value)}`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
