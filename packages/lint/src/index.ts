export {
  type LintConfig,
  mergeRuleSettings,
  parseConfigFile,
  parseLintConfig,
  parseRuleFlag,
  RULE_LEVELS,
  type RuleSetting,
  type RuleSettings,
} from './config.js';
export { findDates, type TextDate } from './find-dates.js';
export { formatFinding } from './format-finding.js';
export { countFindings, type LintOptions, lintArticle } from './lint-article.js';
export { locateInJson } from './locate-in-json.js';
export { locateInText } from './locate-in-text.js';
export { getRule, type RuleId, ruleIds, rules } from './rules/index.js';
export type { Finding, Report, Rule, RuleContext, RuleLevel, RuleOptions, Severity } from './types.js';
