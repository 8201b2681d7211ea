// Quote attributions as a reader sees them in the PDF.
import { parseArticle } from '@kiji/core';
import { loadFixtures } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { renderPdf } from '../../src/index.js';
import { pdfToBbox, shouldRunToolTests } from '../helpers/kinsoku-check.js';
import { hasTool } from '../helpers/pdf-tools.js';

const tools = shouldRunToolTests(hasTool('pdftotext'));
const fixture = loadFixtures().find((entry) => entry.name === '002-sourced-quote')!.json as {
  sources: Record<string, unknown>[];
};

describe.skipIf(!tools)('quote attributions', () => {
  test('lines after the first start under the outlet, not under the dash', { timeout: 120_000 }, async () => {
    const article = parseArticle({
      ...fixture,
      sources: [
        {
          ...fixture.sources[0],
          title: '日米首脳会談、抑止力強化で合意。両首脳は同盟の深化と新たな戦略的パートナーシップを確認した',
        },
      ],
    });
    const bbox = pdfToBbox(await renderPdf(article));
    const lines = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
      (match) => ({ x: Number(match[1]), y: Number(match[2]), text: match[3]! }),
    );
    const first = lines.findIndex((line) => line.text.startsWith('――毎日新聞'));
    expect(first, bbox).toBeGreaterThanOrEqual(0);
    const next = lines.slice(first + 1).find((line) => line.y > lines[first]!.y + 1)!;
    // The attribution is set at 8.5 pt: the dash is two ems wide.
    expect(next.x - lines[first]!.x).toBeCloseTo(17, 0);
  });
});
