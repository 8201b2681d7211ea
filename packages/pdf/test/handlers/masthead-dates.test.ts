// The masthead's date line: the date, the updated date when the article has one (worded as the
// HTML words it), and nothing invented when a date is missing.
import { type Article, parseArticle } from '@kiji/core';
import { describe, expect, test } from 'vitest';
import { renderPdf } from '../../src/index.js';
import { pdfToText, shouldRunToolTests } from '../helpers/kinsoku-check.js';
import { hasTool } from '../helpers/pdf-tools.js';

const tools = shouldRunToolTests(hasTool('pdftotext'));

const article = (meta: Record<string, unknown>): Article =>
  parseArticle({
    type: 'article',
    schemaVersion: 1,
    meta: { title: '日付の検証', language: 'ja', ...meta },
    children: [{ type: 'paragraph', children: [{ type: 'text', value: '本文。' }] }],
    sources: [],
  });

const dateLine = async (meta: Record<string, unknown>) =>
  pdfToText(await renderPdf(article(meta)), { layout: true })
    .split('\n')
    .find((line) => /\d{4}/.test(line))
    ?.trim();

describe.skipIf(!tools)('the date line of the masthead', () => {
  test('the updated date follows the date in brackets, as in the HTML', { timeout: 60_000 }, async () => {
    expect(await dateLine({ published: '2025-10-28', updated: '2025-10-29T09:30:00+09:00' })).toBe(
      '2025年10月28日（更新 2025年10月29日）',
    );
    expect(await dateLine({ language: 'en', published: '2025-10-28', updated: '2025-10-29' })).toBe(
      '28 October 2025 (Updated 29 October 2025)',
    );
  });

  test('an article with only an updated date shows it alone, after the place', {
    timeout: 60_000,
  }, async () => {
    // The full-width space after the place extracts as a gap of spaces.
    expect(await dateLine({ updated: '2025-10-29', place: 'ワシントン' })).toMatch(
      /^ワシントン\s+更新 2025年10月29日$/,
    );
    expect(await dateLine({ published: '2025-10-28' })).toBe('2025年10月28日');
    // No date at all: no date line.
    expect(await dateLine({ place: 'ワシントン' })).toBeUndefined();
  });
});
