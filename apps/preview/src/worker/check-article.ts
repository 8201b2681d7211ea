import { type Article, type InputProblem, isInputError } from '@kiji/core';
import { type Finding, lintArticle, locateInJson, locateInText } from '@kiji/lint';
import { formatOf, type LoadResult, loadArticleText } from '@kiji/load';
import type { CheckItem } from './protocol.js';

/** The article read from the editor's text and everything the check panel lists about it. */
export interface CheckResult {
  article?: Article;
  items: CheckItem[];
}

const asFinding = (path: string): Finding => ({ rule: '', severity: 'error', message: '', path });

/** Where a JSON path points in the text: exact for JSON, searched for in Markdown. */
function locator(text: string, name: string, loaded?: LoadResult) {
  const json = formatOf(name) === 'json';
  const inJson = json ? locateInJson(text) : undefined;
  const inText = !json && loaded ? locateInText(text, loaded.article) : undefined;
  return (finding: Finding) =>
    inJson?.(finding) ?? inText?.(finding) ?? loaded?.locate?.(finding.path) ?? undefined;
}

function problemItem(
  problem: InputProblem,
  locate: (finding: Finding) => { line: number; column?: number } | undefined,
): CheckItem {
  const place =
    problem.line !== undefined
      ? { line: problem.line, column: problem.column }
      : problem.path
        ? locate(asFinding(problem.path))
        : undefined;
  return {
    kind: 'problem',
    severity: 'error',
    rule: 'validation',
    message: problem.message,
    ...(problem.path ? { path: problem.path } : {}),
    ...(place ? { line: place.line, ...(place.column !== undefined ? { column: place.column } : {}) } : {}),
  };
}

/**
 * Read the editor's text (`name`'s extension picks JSON, Markdown or page text), validate it and
 * lint it. Bad input is not an exception here: its problems become check items.
 */
export function checkArticle(text: string, name: string): CheckResult {
  let loaded: LoadResult;
  try {
    loaded = loadArticleText(text, name);
  } catch (error) {
    if (!isInputError(error)) throw error;
    const locate = locator(text, name);
    return { items: error.problems.map((problem) => problemItem(problem, locate)) };
  }
  const imported: CheckItem[] = loaded.warnings.map((warning) => ({
    kind: 'import',
    severity: 'info',
    rule: warning.code ?? 'import',
    message: warning.message,
    ...(warning.line !== undefined ? { line: warning.line } : {}),
  }));
  const findings = lintArticle(loaded.article, { locate: locator(text, name, loaded) });
  const items = findings.map(
    (finding): CheckItem => ({
      kind: 'finding',
      severity: finding.severity,
      rule: finding.rule,
      message: finding.message,
      path: finding.path,
      ...(finding.fix ? { fix: finding.fix } : {}),
      ...(finding.line !== undefined ? { line: finding.line } : {}),
      ...(finding.column !== undefined ? { column: finding.column } : {}),
    }),
  );
  return { article: loaded.article, items: [...imported, ...items] };
}
