import type { Rule, RuleOptions } from '../types.js';
import { dateContradiction } from './date-contradiction.js';
import { duplicateHeading } from './duplicate-heading.js';
import { emptyHeading } from './empty-heading.js';
import { invalidDate } from './invalid-date.js';
import { leftoverBoilerplate } from './leftover-boilerplate.js';
import { longParagraph } from './long-paragraph.js';
import { missingDate } from './missing-date.js';
import { mixedDigitWidth } from './mixed-digit-width.js';
import { quoteWithoutSource } from './quote-without-source.js';
import { referenceWithoutSource } from './reference-without-source.js';
import { sourceUrl } from './source-url.js';
import { truncatedQuote } from './truncated-quote.js';
import { typewriterPunctuation } from './typewriter-punctuation.js';
import { unbalancedBrackets } from './unbalanced-brackets.js';
import { untruncatedCutQuote } from './untruncated-cut-quote.js';
import { unusedSource } from './unused-source.js';

/** Every rule, in the order findings of equal place are listed and the README documents them. */
export const rules = [
  unbalancedBrackets,
  untruncatedCutQuote,
  truncatedQuote,
  quoteWithoutSource,
  referenceWithoutSource,
  unusedSource,
  sourceUrl,
  leftoverBoilerplate,
  emptyHeading,
  duplicateHeading,
  mixedDigitWidth,
  typewriterPunctuation,
  missingDate,
  dateContradiction,
  invalidDate,
  longParagraph,
] as const;

/** The id of a built-in rule. */
export type RuleId = (typeof rules)[number]['id'];

/** Every rule id, in registry order. */
export const ruleIds: readonly RuleId[] = rules.map((rule) => rule.id);

/** The rule with `id`, or `undefined`. */
export function getRule(id: string): Rule<RuleOptions, RuleId> | undefined {
  return (rules as readonly Rule<RuleOptions, RuleId>[]).find((rule) => rule.id === id);
}
