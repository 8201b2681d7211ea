import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportTextResult } from '../src/import-text.js';
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
  'blog-ja-platform.txt',
  'blog-en-platform.txt',
  'matome-ja.txt',
  'wire-ja.txt',
  'news-en-scrape.txt',
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

/** Every string in the article (text, titles, outlets, URLs, meta), node types left out. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (key !== 'type') strings(item, out);
  }
  return out;
}

/**
 * Words turned into data rather than kept as text: date and byline words (they become
 * meta.published and meta.authors), 第1章-style numbers (section.number "1"), reply buttons.
 */
const META_WORDS =
  /^(posted|published|updated|on|at|by|am|pm|投稿日|公開日|更新日|配信|文|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[\d年月日時分]+|令和[\d年月日]+|\d+配信|第\d+[章節部]|says|より|reply|返信)$/iu;

/**
 * Digits, 年月日, era and month names, 投稿日 / Posted, より / says only: a date or name that became
 * meta.published, meta.authors or a comment's author. Digits go first, as readDateLine does.
 */
function isDataWord(word: string, kept: string): boolean {
  const rest = word
    .replace(/\p{Nd}/gu, '')
    .replace(
      /[年月日時分秒元]|令和|平成|昭和|配信|投稿日|公開日|更新日|投稿|公開|更新|より|says|posted|published|updated|am|pm|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/giu,
      '',
    );
  return rest === '' || kept.includes(rest);
}

/** Words of input lines that are neither in the article nor on a line a warning names. */
export function lostWords(text: string, result: ImportTextResult): string[] {
  const reported = new Set(result.warnings.map((warning) => warning.line));
  const kept = strings(result.article).join('\n').replace(/\s+/gu, '');
  const lost: string[] = [];
  // Control characters are removed (and reported once) before lines are read.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the same characters splitLines removes.
  const cleaned = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/gu, '');
  for (const [index, line] of cleaned.split(/\r\n?|\n|[\u2028\u2029\u0085]/u).entries()) {
    if (reported.has(index + 1)) continue;
    for (const token of line.match(/[\p{L}\p{N}]{2,}/gu) ?? []) {
      // 第2章 becomes section.number "2"; what follows it is heading text.
      const word = token.replace(/^第?\p{Nd}+[章節部]/u, '');
      if (word.length < 2 || isDataWord(word, kept)) continue;
      if (!META_WORDS.test(word) && !kept.includes(word)) lost.push(`${index + 1}: ${word}`);
    }
  }
  return lost;
}
