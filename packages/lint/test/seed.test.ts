import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { article, p, quote } from '@kiji/core';
import { importText } from '@kiji/import-text';
import { describe, expect, it } from 'vitest';
import { lintArticle } from '../src/index.js';
import { mainichi } from './helpers.js';

// The scraped seed is third-party text kept outside the repository: ../shared/seeds from the repo root.
const seed = fileURLToPath(new URL('../../../../shared/seeds/summit-2025.txt', import.meta.url));
const haveSeed = existsSync(seed);

describe('the cut-off quote of the summit seed', () => {
  it('is available (required in CI)', () => {
    if (process.env.CI === 'true') expect(haveSeed, `missing ${seed}`).toBe(true);
  });

  it.runIf(haveSeed || process.env.CI === 'true')(
    'is reported after import, marked truncated by the importer',
    () => {
      const { article: imported } = importText(readFileSync(seed, 'utf8'));
      const findings = lintArticle(imported);
      const cut = findings.filter((finding) => finding.rule === 'truncated-quote');
      expect(cut.map((finding) => finding.message)).toContainEqual(expect.stringContaining('「日本とし'));
      // The importer marks it truncated, so the error for an unmarked cut does not apply.
      expect(findings.filter((finding) => finding.rule === 'untruncated-cut-quote')).toEqual([]);
      // Its scraped page furniture was dropped by the importer, and nothing else is an error.
      expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    },
  );

  it('is an error when the same quote is not marked truncated', () => {
    const doc = article({
      meta: { title: '日米首脳会談', language: 'ja', published: '2025-10-28' },
      children: [
        p('毎日新聞は、防衛費の増額についても言及している。'),
        quote({ source: 'mainichi' }, '会談の焦点の一つだった防衛費の増額に関しては「日本とし'),
      ],
      sources: [mainichi],
    });
    const findings = lintArticle(doc);
    expect(findings.map((finding) => finding.rule)).toEqual(['unbalanced-brackets', 'untruncated-cut-quote']);
    expect(findings[1]).toEqual(
      expect.objectContaining({
        rule: 'untruncated-cut-quote',
        severity: 'error',
        path: 'children[1].children[0].children[0]',
        message: 'quote stops mid-sentence ("…防衛費の増額に関しては「日本とし") but is not marked truncated',
      }),
    );
  });
});
