import { walk } from '@kiji/core';
import { defineRule } from '../define-rule.js';
import { citations } from '../source-ids.js';

export const unusedSource = defineRule({
  id: 'unused-source',
  defaultSeverity: 'warning',
  description: 'A source listed in `sources` that no quote, source reference or link to its URL cites.',
  rationale:
    'An uncited source is either a citation that was lost in editing (fix the text) or clutter in the source list; worth a look but not always wrong, so a warning.',
  example: 'sources: [{ id: "nikkei", outlet: "日本経済新聞", … }] and no quote or [@nikkei] in the text',
  fix: 'Cite it where the article relies on it (a `sourceReference` or a quote’s `sourceId`), or remove it from `sources`.',
  defaultOptions: {},
  check({ article, report }) {
    const cited = new Set(citations(article).map((citation) => citation.sourceId));
    // A link to the source's own URL in the text cites it too.
    const linked = new Set<string>();
    for (const { node } of walk(article)) if (node.type === 'link') linked.add(node.url.trim());
    for (const [index, source] of article.sources.entries()) {
      if (cited.has(source.id) || (source.url !== undefined && linked.has(source.url.trim()))) continue;
      report({
        path: `sources[${index}]`,
        message: `source "${source.id}" (${source.outlet}) is never cited`,
        fix: `cite it with a source reference or a quote's "sourceId": "${source.id}", or remove it`,
      });
    }
  },
});
