import type { Node } from '@kiji/core';
import { defineRule } from '../define-rule.js';
import { type HeadingInfo, headings } from '../heading-text.js';

const normalize = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

export const duplicateHeading = defineRule({
  id: 'duplicate-heading',
  defaultSeverity: 'warning',
  description:
    'Two sections under the same parent with the same heading (compared ignoring width, case and spacing).',
  rationale:
    'Twin headings make the table of contents and bookmarks ambiguous and usually mean a pasted section; sometimes intended, so a warning. The same heading under different parents (背景 in two chapters) is not reported.',
  example: 'Two top-level sections both headed 「安全保障」.',
  fix: 'Merge the two sections, or make each heading say what is different about it.',
  defaultOptions: {},
  check({ article, report }) {
    const seen = new Map<Node | undefined, Map<string, HeadingInfo>>();
    for (const heading of headings(article)) {
      const text = normalize(heading.text);
      if (text === '') continue;
      const siblings = seen.get(heading.parent) ?? new Map<string, HeadingInfo>();
      seen.set(heading.parent, siblings);
      const first = siblings.get(text);
      if (!first) {
        siblings.set(text, heading);
        continue;
      }
      report({
        path: heading.path,
        message: `heading "${heading.text.trim()}" repeats the heading at ${first.path}`,
        fix: 'merge the sections or give each a heading of its own',
      });
    }
  },
});
