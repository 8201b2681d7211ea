import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toEpub } from '../src/index.js';
import { examples, fixture, fixtures, type NamedArticle } from './support/articles.js';
import { type EpubCheckResult, epubcheck, hasEpubcheck } from './support/epubcheck.js';

interface Case {
  label: string;
  subject: NamedArticle;
  vertical: boolean;
  embedFonts: boolean;
}

const matrix = (subjects: NamedArticle[], embedFonts: boolean): Case[] =>
  subjects.flatMap((subject) =>
    [false, true].map((vertical) => ({
      label: `${subject.name}${vertical ? ' vertical' : ''}${embedFonts ? ' fonts' : ''}`,
      subject,
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
];

const available = hasEpubcheck();
let directory = '';
let results = new Map<string, EpubCheckResult>();
const fileOf = (label: string) => join(directory, `${label.replace(/\s+/g, '-')}.epub`);

describe.skipIf(!available)('epubcheck', () => {
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kiji-epubcheck-'));
    for (const { label, subject, vertical, embedFonts } of cases) {
      const bytes = await toEpub(subject.article, { vertical, embedFonts, baseDir: subject.baseDir });
      await writeFile(fileOf(label), bytes);
    }
    results = await epubcheck(cases.map(({ label }) => fileOf(label)));
  });

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
