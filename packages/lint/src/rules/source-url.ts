import { isSafeUrl } from '@kiji/core';
import { defineRule } from '../define-rule.js';

export const sourceUrl = defineRule({
  id: 'source-url',
  defaultSeverity: 'warning',
  description: 'A source without a URL, or whose URL is not https.',
  rationale:
    'Readers should be able to check a source, over a connection nobody can tamper with. Some sources (a press conference, a printed paper) have no URL, so a warning, not an error.',
  example: '{ id: "yomiuri", outlet: "読売新聞", url: "http://www.yomiuri.co.jp/…" }',
  fix: 'Use the https address of the page (`https://www.yomiuri.co.jp/…`); add one where the source is online.',
  defaultOptions: {},
  check({ article, report }) {
    for (const [index, source] of article.sources.entries()) {
      const name = `source "${source.id}" (${source.outlet})`;
      const url = source.url?.trim();
      if (url === undefined || url === '') {
        report({
          path: `sources[${index}]`,
          message: `${name} has no URL`,
          fix: 'add the https URL where readers can find it, if it is online',
        });
      } else if (!isSafeUrl(url) || !/^https?:/i.test(url)) {
        report({
          path: `sources[${index}].url`,
          message: `${name} has URL "${url}", which is not a web address`,
          fix: 'use the https address of the page',
        });
      } else if (!/^https:/i.test(url)) {
        report({
          path: `sources[${index}].url`,
          message: `${name} uses an unencrypted http URL`,
          fix: `use "${url.replace(/^http:/i, 'https:')}" if the site serves it`,
        });
      }
    }
  },
});
