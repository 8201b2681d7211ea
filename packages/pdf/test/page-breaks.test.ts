// Page breaks as a reader sees them: no page but the last left more than a fifth empty.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '@kiji/core';
import { describe, expect, test } from 'vitest';
import { PAGE_SIZE_NAMES, renderPdf } from '../src/index.js';
import { repoRoot } from './helpers/corpus.js';
import { pdfToBbox, shouldRunToolTests } from './helpers/kinsoku-check.js';
import { hasTool } from './helpers/pdf-tools.js';

const tools = shouldRunToolTests(hasTool('pdftotext'));
const BOTTOM_MARGIN = 62;

/** Per page: the share of the page height left empty between the last text and the text block's end. */
function emptyShares(bbox: string): number[] {
  return bbox
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)?.[1]);
      const blockEnd = height - BOTTOM_MARGIN;
      let last = 0;
      for (const match of page.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)"/g)) {
        const y = Number(match[1]);
        // The page number sits below the text block.
        if (y <= blockEnd + 3) last = Math.max(last, y);
      }
      return (blockEnd - last) / height;
    });
}

describe.skipIf(!tools)('page breaks', () => {
  for (const example of ['summit-2025', 'eu-ai-act']) {
    const article = parseArticle(
      JSON.parse(readFileSync(join(repoRoot, 'examples', example, 'article.json'), 'utf8')),
    );
    test.each(PAGE_SIZE_NAMES)(
      `${example} on %s: no page but the last more than a fifth empty`,
      { timeout: 120_000 },
      async (pageSize) => {
        const shares = emptyShares(pdfToBbox(await renderPdf(article, { pageSize })));
        expect(shares.length).toBeGreaterThan(1);
        const report = shares.map((share, index) => `${index + 1}: ${(share * 100).toFixed(0)}%`).join(', ');
        for (const share of shares.slice(0, -1)) expect(share, report).toBeLessThanOrEqual(0.2);
      },
    );
  }
});
