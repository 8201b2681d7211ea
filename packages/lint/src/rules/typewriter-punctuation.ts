import { findTypewriterPunctuation } from '@kiji/core';
import { defineRule } from '../define-rule.js';
import { textBlocks } from '../text-blocks.js';

export const typewriterPunctuation = defineRule({
  id: 'typewriter-punctuation',
  defaultSeverity: 'warning',
  description:
    'Straight quotation marks ("…", \'…\') and a spaced hyphen used as a dash ( - ) in running text, as scraped and typed text often has them; reported once per paragraph or heading.',
  rationale:
    'Printed text uses “curly” quotes and a real dash; typewriter marks look unfinished on a printed page. But the importer keeps the author’s characters unless asked, and some house styles keep them: a warning.',
  example: '"We have waited long enough," said councillor Amy Chen - who proposed the plan.',
  fix: '“We have waited long enough,” said councillor Amy Chen — who proposed the plan. Re-import with `kiji import --smart-quotes` to change them all.',
  defaultOptions: {},
  check({ article, report }) {
    for (const block of textBlocks(article)) {
      const found = findTypewriterPunctuation(block.text);
      if (found.length === 0) continue;
      const quotes = found.filter((mark) => mark.what === 'quote').length;
      const dashes = found.length - quotes;
      const what = [
        ...(quotes > 0 ? [`${quotes} straight quotation mark${quotes === 1 ? '' : 's'}`] : []),
        ...(dashes > 0 ? [`${dashes} spaced hyphen${dashes === 1 ? '' : 's'} used as a dash`] : []),
      ].join(' and ');
      report({
        ...block.locate(found[0]!.offset),
        message: `${what} ("${block.text.slice(Math.max(0, found[0]!.offset - 12), found[0]!.offset + 12).replace(/\s+/gu, ' ')}")`,
        fix: 'write “…” / ‘…’ and — (or –), or import with --smart-quotes',
      });
    }
  },
});
