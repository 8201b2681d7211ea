import type { Glyph } from 'fontkit';
import { type CacheFile, fontCacheFile, onExit } from '../platform/node.js';
import type { LoadedFont } from './fonts.js';

// A fresh process spends about a quarter of its time in its first calls to fontkit's `layout`:
// its shaping code has not been compiled or optimised yet, and it decodes the parts of the GSUB,
// GPOS, cmap and hmtx tables it meets. What a shaping gives is a pure function of the font file,
// the text and the features, so a program that renders many times (the `kiji` command) can keep
// it between processes: `useShapingCache(directory)`. The same short pieces (particles, common
// words, punctuation) recur in every Japanese article, and a second render of one article finds
// all of them.
//
// One thing a shaping does besides its result: fontkit keeps one Glyph object per glyph id and
// font, created by the first `getGlyph(id, codePoints)` call, and that object's code points end
// up in the PDF's ToUnicode map. A kept shaping therefore also keeps, in order, the first
// `getGlyph` call it made for each glyph id, and replays them: the process creates the same
// glyph objects, with the same code points, at the same moments as if fontkit had shaped, and
// the PDF's bytes are the same.

/** What `font.layout` gives that Kiji reads: glyphs and their positions in font units. */
export interface ShapedRun {
  glyphs: Glyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}

/**
 * One kept shaping: the first `getGlyph` call of each glyph id (id, count of code points or -1
 * for none given, code points), the ids of the glyphs shaped, and 4 numbers per glyph (x and y
 * advance, x and y offset).
 */
type Entry = [calls: number[], ids: number[], positions: number[]];

export interface Kept {
  file: CacheFile;
  entries: Map<string, Entry>;
  /** Entries shaped in this process, written at exit. */
  added: Map<string, Entry>;
  /** Code points already in the file's coverage list. */
  coverageKept: number;
}

/** Format of the cache files; a file of another format is ignored. */
const FORMAT = 1;
/** Entries kept per font file (a long article adds a few thousand). */
export const MAX_KEPT_ENTRIES = 60_000;

let directory: string | undefined;
const keptFonts = new Map<LoadedFont, Kept | null>();
let exitHooked = false;

/**
 * Keep what fontkit's shaping gives between processes, in `directory` (the `kiji` command's
 * cache folder: `KIJI_CACHE_DIR`), one file per font file and build of this package; undefined
 * turns it off (the default). Only fonts read from files are kept (not fonts given as bytes);
 * a file is known by its path and its status (size, times, inode), so any change to it is a new
 * file. The cache never changes what is drawn: see above.
 */
export function useShapingCache(folder: string | undefined): void {
  directory = folder || undefined;
}

/**
 * The kept shapings of a font, read when it is parsed (its coverage is asked before anything is
 * shaped) or on its first shaping; null when it has none.
 */
export function keptOf(font: LoadedFont): Kept | null {
  if (!directory) return null;
  let kept = keptFonts.get(font);
  if (kept !== undefined) return kept;
  const file = directory ? fontCacheFile(directory, font.src) : undefined;
  kept = file ? { file, entries: new Map(), added: new Map(), coverageKept: 0 } : null;
  if (kept) {
    read(kept, font);
    if (!exitHooked) {
      exitHooked = true;
      onExit(saveShapingCache);
    }
  }
  keptFonts.set(font, kept);
  return kept;
}

/** Fill in what the file holds; a file that does not parse as expected counts as empty. */
function read(kept: Kept, font: LoadedFont): void {
  const text = kept.file.read();
  if (!text) return;
  try {
    const data = JSON.parse(text) as { format?: unknown; coverage?: unknown; shaped?: unknown };
    if (data.format !== FORMAT || !Array.isArray(data.coverage) || !Array.isArray(data.shaped)) return;
    for (const item of data.shaped as unknown[]) {
      if (!Array.isArray(item) || item.length !== 4 || typeof item[0] !== 'string') return;
      const [key, calls, ids, positions] = item as [string, unknown, unknown, unknown];
      if (!isNumbers(calls) || !isNumbers(ids) || !isNumbers(positions)) return;
      if (positions.length !== ids.length * 4) return;
      kept.entries.set(key, [calls, ids, positions]);
    }
    for (const point of data.coverage as unknown[]) {
      if (typeof point !== 'number') return;
      // A code point the font has is kept as itself, one it lacks as -1 - itself.
      if (point >= 0) font.coverage.set(point, true);
      else font.coverage.set(-1 - point, false);
    }
    kept.coverageKept = data.coverage.length;
  } catch {
    kept.entries.clear();
  }
}

const isNumbers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'number');

/**
 * A font leaves the process (`forgetFonts`): write what it added now, and let it go.
 */
export function forgetKept(font: LoadedFont): void {
  const kept = keptFonts.get(font);
  if (kept) write(font, kept);
  keptFonts.delete(font);
}

/**
 * `font.font.layout(text, features, undefined, undefined, 'ltr')`, or its kept result. `kind`
 * names the features (one name for each set of features a caller passes): fontkit writes into a
 * features object it is given, so the object cannot be the key.
 */
export function shapeText(
  font: LoadedFont,
  text: string,
  features: string[] | Record<string, boolean> | undefined,
  kind: string,
): ShapedRun {
  const kept = keptOf(font);
  if (!kept) return layout(font, text, features);
  const key = `${kind}\u0000${text}`;
  const entry = kept.entries.get(key);
  if (entry) return replay(font, entry);
  const calls: number[] = [];
  const seen = new Set<number>();
  const fontkitFont = font.font as unknown as {
    getGlyph(id: number, codePoints?: number[]): Glyph | null;
  };
  const getGlyph = fontkitFont.getGlyph;
  let keepable = typeof getGlyph === 'function' && !Object.hasOwn(fontkitFont, 'getGlyph');
  if (keepable) {
    fontkitFont.getGlyph = function (this: unknown, id: number, codePoints?: number[]) {
      if (!seen.has(id)) {
        seen.add(id);
        if (codePoints === undefined) calls.push(id, -1);
        else if (Array.isArray(codePoints)) calls.push(id, codePoints.length, ...codePoints);
        else keepable = false;
      }
      return getGlyph.call(this, id, codePoints);
    };
  }
  let run: ShapedRun;
  try {
    run = layout(font, text, features);
  } finally {
    if (keepable) delete (fontkitFont as { getGlyph?: unknown }).getGlyph;
  }
  if (keepable && !kept.added.has(key) && kept.entries.size < MAX_KEPT_ENTRIES) {
    const ids: number[] = [];
    const positions: number[] = [];
    run.glyphs.forEach((glyph, index) => {
      const position = run.positions[index];
      if (!glyph || typeof glyph.id !== 'number' || !position) keepable = false;
      else {
        ids.push(glyph.id);
        positions.push(position.xAdvance, position.yAdvance, position.xOffset, position.yOffset);
      }
    });
    if (keepable && ids.length === run.positions.length) {
      const made: Entry = [calls, ids, positions];
      kept.added.set(key, made);
      kept.entries.set(key, made);
    }
  }
  return run;
}

function layout(
  font: LoadedFont,
  text: string,
  features: string[] | Record<string, boolean> | undefined,
): ShapedRun {
  return font.font.layout(text, features as string[] | undefined, undefined, undefined, 'ltr');
}

/** The glyphs and positions of a kept shaping, creating glyph objects as fontkit would have. */
function replay(font: LoadedFont, [calls, ids, positions]: Entry): ShapedRun {
  const fontkitFont = font.font as unknown as {
    getGlyph(id: number, codePoints?: number[]): Glyph | null;
  };
  for (let i = 0; i < calls.length; ) {
    const id = calls[i]!;
    const count = calls[i + 1]!;
    if (count < 0) {
      fontkitFont.getGlyph(id);
      i += 2;
    } else {
      fontkitFont.getGlyph(id, calls.slice(i + 2, i + 2 + count));
      i += 2 + count;
    }
  }
  const glyphs = ids.map((id) => fontkitFont.getGlyph(id) as Glyph);
  const placed = glyphs.map((_, index) => ({
    xAdvance: positions[index * 4]!,
    yAdvance: positions[index * 4 + 1]!,
    xOffset: positions[index * 4 + 2]!,
    yOffset: positions[index * 4 + 3]!,
  }));
  return { glyphs, positions: placed };
}

/** Write what every font added (at exit; tests call it to stand for a process's end). */
export function saveShapingCache(): void {
  for (const [font, kept] of keptFonts) if (kept) write(font, kept);
}

/** Coverage entries kept per font file (code points looked up). */
const MAX_KEPT_CODE_POINTS = 100_000;

/**
 * A font's new shapings and coverage, merged with what the file holds now (another process may
 * have written it meanwhile), written whole (a temporary file renamed).
 */
function write(font: LoadedFont, kept: Kept): void {
  if (kept.added.size === 0 && font.coverage.size <= kept.coverageKept) return;
  const onDisk: Kept = { file: kept.file, entries: new Map(), added: new Map(), coverageKept: 0 };
  const coverage = new Map<number, boolean>();
  read(onDisk, { ...font, coverage });
  const merged = new Map(kept.added);
  for (const [key, entry] of onDisk.entries) {
    if (merged.size >= MAX_KEPT_ENTRIES) break;
    if (!merged.has(key)) merged.set(key, entry);
  }
  for (const [point, has] of font.coverage) {
    if (coverage.size >= MAX_KEPT_CODE_POINTS) break;
    coverage.set(point, has);
  }
  kept.file.write(
    JSON.stringify({
      format: FORMAT,
      coverage: [...coverage].map(([point, has]) => (has ? point : -1 - point)),
      shaped: [...merged].map(([key, [calls, ids, positions]]) => [key, calls, ids, positions]),
    }),
  );
  kept.added.clear();
  kept.coverageKept = coverage.size;
}
