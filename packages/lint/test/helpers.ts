import { type Article, article, type FlowContent, type Meta, type Source, source } from '@kiji/core';
import { type Finding, lintArticle, type RuleId, type RuleSettings, ruleIds } from '../src/index.js';

/** Settings that switch every rule off except `id`. */
export function only(id: RuleId): RuleSettings {
  return Object.fromEntries(ruleIds.map((other) => [other, other === id ? 'error' : 'off'])) as RuleSettings;
}

/** Findings of one rule alone. */
export const findingsOf = (id: RuleId, doc: Article): Finding[] =>
  lintArticle(doc, { rules: only(id) }).filter((finding) => finding.rule === id);

export const mainichi: Source = source({
  id: 'mainichi',
  outlet: '毎日新聞',
  title: '日米首脳会談、抑止力強化で合意',
  url: 'https://mainichi.jp/articles/20251028/k00/00m/010/000000c',
  kind: 'article',
});

/** A Japanese article dated 2025-10-28 with the given body and sources. */
export function ja(
  children: (FlowContent | string)[],
  sources: Source[] = [],
  meta: Partial<Meta> = {},
): Article {
  return article({
    meta: { title: '日米首脳会談', language: 'ja', published: '2025-10-28', ...meta },
    children,
    sources,
  });
}

/** An English article dated 2025-10-28. */
export function en(
  children: (FlowContent | string)[],
  sources: Source[] = [],
  meta: Partial<Meta> = {},
): Article {
  return article({
    meta: { title: 'The summit', language: 'en', published: '2025-10-28', ...meta },
    children,
    sources,
  });
}
