import { formatPath, toPlainText, walk } from '@kiji/core';
import { defineRule } from '../define-rule.js';
import { tail } from '../quote-ending.js';

export const quoteWithoutSource = defineRule({
  id: 'quote-without-source',
  defaultSeverity: 'error',
  description: 'A block quote with no `sourceId`, or one naming a source that is not in `sources`.',
  rationale:
    'A quotation nobody can trace is an assertion, not a quote: a briefing must say who said it. An error.',
  example: 'quote: 「同盟の抑止力、対処力を一層強化する」 (no sourceId)',
  fix: 'Add the source to `sources` and set the quote’s `sourceId` to its id.',
  defaultOptions: {},
  check({ article, report }) {
    const known = new Set(article.sources.map((source) => source.id));
    for (const { node, path } of walk(article)) {
      if (node.type !== 'quote') continue;
      const place = formatPath(path);
      const words = tail(toPlainText(node), 20);
      if (node.sourceId === undefined) {
        report({
          path: place,
          message: `quote "${words}" has no source`,
          fix: 'add the source to "sources" and name its id in the quote\'s "sourceId"',
        });
      } else if (!known.has(node.sourceId)) {
        report({
          path: `${place}.sourceId`,
          message: `quote cites "${node.sourceId}", which is not in "sources"`,
          fix: `add a source with id "${node.sourceId}" or correct the id`,
        });
      }
    }
  },
});
