import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@kiji/core';
import { describe, expect, it } from 'vitest';
import { lintArticle } from '../src/index.js';

const example = (name: string) =>
  fileURLToPath(new URL(`../../../examples/${name}/article.json`, import.meta.url));

/** Findings that are true of the examples and accepted: their sources without a public URL. */
const ACCEPTED = new Set(['source-url', 'truncated-quote']);

describe.each(['summit-2025', 'eu-ai-act'])('the %s example', (name) => {
  const file = example(name);
  it('exists', () => {
    expect(existsSync(file)).toBe(true);
  });

  it('has no errors, and only accepted warnings', () => {
    const findings = lintArticle(parseArticle(JSON.parse(readFileSync(file, 'utf8'))));
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(findings.filter((finding) => !ACCEPTED.has(finding.rule))).toEqual([]);
  });
});

describe('the summit-2025 example', () => {
  it('has its cut-off Mainichi quote reported for a check', () => {
    const findings = lintArticle(parseArticle(JSON.parse(readFileSync(example('summit-2025'), 'utf8'))));
    expect(findings.filter((finding) => finding.rule === 'truncated-quote')).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringContaining('日本とし') }),
    ]);
  });
});
