import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesToEpub } from '../src/to-epub.js';
import { examples, fixture, fixtures, type NamedArticle } from './support/articles.js';
import { type EpubCheckResult, epubcheck, hasEpubcheck } from './support/epubcheck.js';

interface Case {
  label: string;
  /** One article, or several in one book. */
  subjects: NamedArticle[];
  vertical: boolean;
  embedFonts: boolean;
  fontFormat?: 'woff2';
}

const matrix = (subjects: NamedArticle[], embedFonts: boolean): Case[] =>
  subjects.flatMap((subject) =>
    [false, true].map((vertical) => ({
      label: `${subject.name}${vertical ? ' vertical' : ''}${embedFonts ? ' fonts' : ''}`,
      subjects: [subject],
      vertical,
      embedFonts,
    })),
  );

// Every fixture and example, horizontal and vertical; with embedded fonts for the examples and
// two fixtures (subsetting takes seconds per face).
const cases: Case[] = [
  ...matrix(fixtures(), false),
  ...matrix(examples(), false),
  ...matrix(examples(), true),
  ...matrix([fixture('009'), fixture('011')], true),
  ...examples().map((subject) => ({
    label: `${subject.name} vertical fonts woff2`,
    subjects: [subject],
    vertical: true,
    embedFonts: true,
    fontFormat: 'woff2' as const,
  })),
  ...[false, true].map((vertical) => ({
    label: `two-articles${vertical ? ' vertical' : ''}`,
    subjects: [fixture('002'), fixture('009')],
    vertical,
    embedFonts: false,
  })),
];

const available = hasEpubcheck();
let directory = '';
let results = new Map<string, EpubCheckResult>();
const fileOf = (label: string) => join(directory, `${label.replace(/\s+/g, '-')}.epub`);

describe.skipIf(!available)('epubcheck', () => {
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kiji-epubcheck-'));
    for (const { label, subjects, vertical, embedFonts, fontFormat } of cases) {
      const articles = subjects.map((subject) => subject.article);
      const bytes = await articlesToEpub(articles, {
        vertical,
        embedFonts,
        root: subjects[0]!.baseDir,
        ...(fontFormat ? { fontFormat } : {}),
      });
      await writeFile(fileOf(label), bytes);
    }
    results = await epubcheck(cases.map(({ label }) => fileOf(label)));
    // About sixty books, ten of them subsetting four faces (two compressing WOFF2), and one
    // epubcheck run: a minute or two on a quiet 2-core machine, several under load.
  }, 900_000);

  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('covers the examples', () => {
    expect(examples().map((example) => example.name)).toEqual(['summit-2025', 'eu-ai-act']);
  });

  it.each(cases.map((entry) => [entry.label]))('%s: 0 errors, 0 warnings', (label) => {
    const result = results.get(fileOf(label));
    expect(result, `epubcheck gave no result for ${label}`).toBeDefined();
    expect({
      fatals: result!.fatals,
      errors: result!.errors,
      warnings: result!.warnings,
      messages: result!.messages,
    }).toEqual({
      fatals: 0,
      errors: 0,
      warnings: 0,
      messages: [],
    });
  });
});
