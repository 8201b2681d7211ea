import { defineRule } from '../define-rule.js';
import { quoteEnding, quotes, tail } from '../quote-ending.js';

export const untruncatedCutQuote = defineRule({
  id: 'untruncated-cut-quote',
  defaultSeverity: 'error',
  description:
    'A quote whose text stops mid-sentence or ends in an ellipsis (…, ...) but is not marked `truncated: true`.',
  rationale:
    'Readers take an unmarked quote as the speaker’s complete words; a silently cut quote misrepresents the source. Always an error.',
  example: 'quote (mainichi): 防衛費の増額に関しては「日本とし',
  fix: 'Mark the quote `truncated: true` so renderers show the cut, or quote the complete sentence from the source.',
  defaultOptions: {},
  check({ article, report }) {
    for (const { quote, path, last } of quotes(article)) {
      if (quote.truncated || !last) continue;
      const ending = quoteEnding(last.text);
      if (ending === 'complete') continue;
      const how = ending === 'ellipsis' ? 'ends in an ellipsis' : 'stops mid-sentence';
      report({
        ...last.locate(Math.max(0, last.text.trimEnd().length - 1)),
        message: `quote ${how} ("${tail(last.text)}") but is not marked truncated`,
        fix: `set "truncated": true on ${path || 'the quote'} or quote the complete sentence`,
      });
    }
  },
});
