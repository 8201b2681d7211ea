import { defineRule } from '../define-rule.js';
import { quotes, tail } from '../quote-ending.js';

export const truncatedQuote = defineRule({
  id: 'truncated-quote',
  defaultSeverity: 'info',
  description:
    'A quote marked `truncated: true`: its source breaks off, so the wording needs a check against the full original.',
  rationale:
    'Marking the cut is honest, so this is not a defect; but a scraped or cut-off quote is where misquotes hide, and an editor should look at each one before publishing.',
  example: 'quote (mainichi, truncated): 防衛費の増額に関しては「日本とし',
  fix: 'Find the full text in the source and quote complete sentences; keep `truncated: true` only when the original itself breaks off, or switch the rule off once checked.',
  defaultOptions: {},
  check({ article, report }) {
    for (const { quote, path, last } of quotes(article)) {
      if (!quote.truncated) continue;
      const source = quote.sourceId ? ` from "${quote.sourceId}"` : '';
      report({
        ...(last ? last.locate(Math.max(0, last.text.trimEnd().length - 1)) : { path }),
        message: `quote${source} is cut off in its source ("${last ? tail(last.text) : ''}")`,
        fix: 'check the wording against the full original and quote complete sentences where the source has them',
      });
    }
  },
});
