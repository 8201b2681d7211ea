import type { Rule, RuleOptions } from './types.js';

/** Type helper for rule files: checks the shape and keeps the id and options types. */
export const defineRule = <const Id extends string, O extends RuleOptions>(rule: Rule<O, Id>): Rule<O, Id> =>
  rule;
