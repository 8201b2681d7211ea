import type { Article } from '@kiji/core';

/** How serious a finding is. Only `error` makes `kiji lint` exit 1. */
export type Severity = 'error' | 'warning' | 'info';

/** What a rule can be set to: a severity, or `off`. */
export type RuleLevel = Severity | 'off';

/** One problem found in an article. */
export interface Finding {
  /** The rule that found it, e.g. `unbalanced-brackets`. */
  rule: string;
  /** How serious it is, after configuration. */
  severity: Severity;
  /** What is wrong, quoting the text where it helps. */
  message: string;
  /** JSON path of the node it is about, e.g. `children[2].children[0]`; `""` for the whole article. */
  path: string;
  /** Code-unit offset inside the node's text `value` (text nodes) or string field, when known. */
  offset?: number;
  /** 1-based line in the input file, when a position map was given. */
  line?: number;
  /** 1-based column in the input file, when a position map was given. */
  column?: number;
  /** How to fix it. */
  fix?: string;
}

/** A rule's numeric or list options; each rule documents its own. */
export type RuleOptions = Readonly<Record<string, number | boolean | string | readonly string[]>>;

/** What a rule reports: a finding without rule and severity (the linter adds them). */
export type Report = Omit<Finding, 'rule' | 'severity' | 'line' | 'column'>;

/** What a rule's `check` receives. */
export interface RuleContext<O extends RuleOptions = RuleOptions> {
  /** The article being checked. */
  article: Article;
  /** True when the article's language is Japanese. */
  japanese: boolean;
  /** The rule's options, defaults merged with configuration. */
  options: O;
  /** Record a finding. */
  report: (report: Report) => void;
}

/** One lint rule: documentation and a check. */
export interface Rule<O extends RuleOptions = RuleOptions, Id extends string = string> {
  /** Kebab-case id used in output and configuration. */
  id: Id;
  /** Severity when the configuration does not say otherwise. */
  defaultSeverity: RuleLevel;
  /** One sentence: what the rule finds. */
  description: string;
  /** Why the default severity is what it is. */
  rationale: string;
  /** A small example of text the rule reports. */
  example: string;
  /** How to fix what it reports (for the example). */
  fix: string;
  /** Options and their defaults; configuration may override them. */
  defaultOptions: O;
  /** What each option means, by name. */
  optionDocs?: Readonly<Record<keyof O & string, string>>;
  /** Look at the article and report findings. */
  check: (context: RuleContext<O>) => void;
}
