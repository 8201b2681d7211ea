import { defineRule } from '../define-rule.js';
import { type TextBlock, textBlocks } from '../text-blocks.js';

interface Run {
  block: TextBlock;
  offset: number;
  digits: string;
}

function runs(blocks: TextBlock[], pattern: RegExp): Run[] {
  const found: Run[] = [];
  for (const block of blocks) {
    for (const match of block.text.matchAll(pattern)) {
      found.push({ block, offset: match.index, digits: match[0] });
    }
  }
  return found;
}

export const mixedDigitWidth = defineRule({
  id: 'mixed-digit-width',
  defaultSeverity: 'warning',
  description:
    'Full-width digits (２０２５) and half-width digits (2025) both used in one article; the less common width is reported.',
  rationale:
    'Mixed widths look careless and break searching for a number, but some house styles mix them on purpose: a warning.',
  example: '２０２５年10月28日',
  fix: '2025年10月28日 — use one width throughout; half-width is the usual choice in horizontal text. For scraped text, `kiji import page.txt --normalize-width` turns full-width letters and digits (１５日, ＧＤＰ) half-width.',
  defaultOptions: {},
  check({ article, report }) {
    const blocks = textBlocks(article);
    const half = runs(blocks, /[0-9]+/g);
    const full = runs(blocks, /[０-９]+/g);
    if (half.length === 0 || full.length === 0) return;
    // Report the minority; on a tie, full-width (half-width is the common convention).
    const [minority, majority, width, other] =
      full.length <= half.length
        ? [full, half, 'full-width', 'half-width']
        : [half, full, 'half-width', 'full-width'];
    for (const run of minority) {
      const converted =
        width === 'full-width'
          ? run.digits.normalize('NFKC')
          : run.digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      report({
        ...run.block.locate(run.offset),
        message: `${width} digits "${run.digits}" in an article that mostly uses ${other} digits (${majority.length} places)`,
        fix:
          width === 'full-width'
            ? `write "${converted}" (kiji import --normalize-width does it for a whole scraped page)`
            : `write "${converted}"`,
      });
    }
  },
});
