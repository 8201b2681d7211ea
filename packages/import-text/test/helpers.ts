import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, Context, Draft, DraftSection } from '../src/types.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The seed article lives beside the repository: `../shared/seeds/` from the repo root. */
export const SEED_PATH = resolve(here, '../../../../shared/seeds/summit-2025.txt');

/** True when the seed can be read; under CI=true a missing seed is a failure, not a skip. */
export const seedAvailable = existsSync(SEED_PATH);
export const mustHaveSeed = process.env.CI === 'true';

export function readSeed(): string {
  if (!existsSync(SEED_PATH)) {
    throw new Error(`seed article not found at ${SEED_PATH}: copy shared/seeds beside the repository`);
  }
  return readFileSync(SEED_PATH, 'utf8');
}

/** A fixture written for these tests. */
export function readFixture(name: string): string {
  return readFileSync(resolve(here, 'fixtures', name), 'utf8');
}

export const FIXTURES = [
  'blog-ja-markdown.txt',
  'news-ja-chapters.txt',
  'news-ja-portal.txt',
  'wire-en.txt',
  'blog-en.txt',
  'blog-ja-comments.txt',
  'plain-no-structure.txt',
] as const;

/** A fresh step context. */
export function makeContext(language = 'ja'): Context {
  return { warnings: [], options: {}, language };
}

/** Lines as splitLines would give them, for step tests. */
export function toLines(text: string) {
  return text.split('\n').map((raw, index) => {
    const trimmed = raw.trim();
    return {
      number: index + 1,
      text: trimmed,
      indent: trimmed === '' ? 0 : raw.length - raw.trimStart().length,
    };
  });
}

/** Every block list of a draft, flattened, for assertions. */
export function draftBlocks(draft: Draft): Block[] {
  const out: Block[] = [...(draft.lede ? [draft.lede] : []), ...draft.body];
  const visit = (section: DraftSection) => {
    out.push(...section.blocks);
    section.subsections.forEach(visit);
  };
  for (const part of draft.parts) {
    if (part.kind === 'section') visit(part);
    else out.push(...part.blocks);
  }
  return out;
}
