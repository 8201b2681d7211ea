import { defineRule } from '../define-rule.js';
import { headings } from '../heading-text.js';

export const emptyHeading = defineRule({
  id: 'empty-heading',
  defaultSeverity: 'error',
  description:
    'A section heading with no text (or only spaces); a conclusion whose `heading` is present but empty.',
  rationale:
    'An empty heading prints as a gap, and leaves a blank entry in the table of contents and PDF bookmarks: an error.',
  example: '## (a Markdown heading with nothing after the marks), or { "type": "section", "heading": [] }',
  fix: 'Write the heading, or merge the section into the one before it. A conclusion may leave out `heading` for the default 結論 / Conclusion.',
  defaultOptions: {},
  check({ article, report }) {
    for (const heading of headings(article)) {
      if (heading.content === undefined || heading.text.trim() !== '') continue;
      const what = heading.node.type === 'conclusion' ? 'conclusion heading' : 'section heading';
      report({
        path: heading.path,
        message: `${what} is empty`,
        fix:
          heading.node.type === 'conclusion'
            ? 'write the heading, or remove "heading" for the default'
            : 'write the heading, or merge the section into the one before it',
      });
    }
  },
});
