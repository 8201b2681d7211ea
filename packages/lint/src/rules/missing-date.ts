import { defineRule } from '../define-rule.js';

export const missingDate = defineRule({
  id: 'missing-date',
  defaultSeverity: 'warning',
  description:
    'An article without `meta.published`: its date is unknown, so no output prints a date line and readers cannot tell how current it is.',
  rationale:
    'A briefing should say when it was written, but a made-up date is worse than none: imported pages that give no full date (only 「５日」) are left undated on purpose. A warning, so the date is looked up before the briefing goes out.',
  example: '{ "meta": { "title": "港湾労組、時限ストへ", "language": "ja" } } (no "published")',
  fix: 'Find the date in the original and set `meta.published` ("2025-11-05"), or import with `kiji import page.txt --published 2025-11-05`.',
  defaultOptions: {},
  check({ article, report }) {
    if (article.meta.published !== undefined) return;
    report({
      path: 'meta',
      message: 'the article has no date (meta.published): outputs print no date line',
      fix: 'set "published" to the date the original gives, e.g. "2025-11-05"',
    });
  },
});
