// Shapings kept between processes (src/typeset/shaping-cache.ts): a render that finds them does
// not shape with fontkit at all, and makes the PDF it makes without them, byte for byte. A
// process's end is stood for by saveShapingCache(), a new process by forgetFonts() (fonts parsed
// again: new fontkit objects with no glyphs created yet).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Article, parseArticle } from '@kiji/core';
import { bundledFonts } from '@kiji/fonts';
import { afterAll, afterEach, expect, test, vi } from 'vitest';
import { renderPdf, useShapingCache } from '../../src/index.js';
import { forgetFonts, loadFont } from '../../src/typeset/fonts.js';
import { saveShapingCache } from '../../src/typeset/shaping-cache.js';
import { loadCases } from '../helpers/corpus.js';

const folders: string[] = [];
const newFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'kiji-shaping-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  useShapingCache(undefined);
  forgetFonts();
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const render = { sourceDateEpoch: '1700000000' };

/** fontkit's `layout`, counted: every bundled face is a TrueType font of the same class. */
function countLayouts() {
  const prototype = Object.getPrototypeOf(loadFont(fileURLToPath(bundledFonts.serif.normal.url)).font);
  return vi.spyOn(prototype, 'layout');
}

const cases = loadCases();

test('every fixture and example: the same PDF without the cache, filling it, and from it', async () => {
  const plain: Buffer[] = [];
  forgetFonts();
  let layouts = countLayouts();
  for (const c of cases) plain.push(Buffer.from(await renderPdf(c.article, { ...render, root: c.baseDir })));
  const shapedPlain = layouts.mock.calls.length;
  layouts.mockRestore();

  const folder = newFolder();
  useShapingCache(folder);
  forgetFonts();
  for (const [index, c] of cases.entries()) {
    const pdf = Buffer.from(await renderPdf(c.article, { ...render, root: c.baseDir }));
    expect(pdf.equals(plain[index]!), `${c.name}, filling the cache`).toBe(true);
  }
  saveShapingCache();
  expect(readdirSync(join(folder, 'fonts')).length).toBeGreaterThan(0);

  forgetFonts();
  layouts = countLayouts();
  for (const [index, c] of cases.entries()) {
    const pdf = Buffer.from(await renderPdf(c.article, { ...render, root: c.baseDir }));
    expect(pdf.equals(plain[index]!), `${c.name}, from the cache`).toBe(true);
  }
  // What is left is react-pdf's own text (page numbers, lines in scripts it shapes itself); Kiji's lines are all kept.
  expect(layouts.mock.calls.length * 20).toBeLessThan(shapedPlain);
  layouts.mockRestore();
}, 600_000);

/** A one-paragraph article. */
const article = (text: string): Article =>
  parseArticle({
    type: 'article',
    schemaVersion: 1,
    meta: { language: 'ja', published: '2025-10-28', title: '試験' },
    children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
    sources: [],
  });

test('glyphs two characters share extract as the character this render has, whatever filled the cache', async () => {
  // U+2011 (non-breaking hyphen) and U+002D share one glyph in Noto Serif JP; fontkit keeps the
  // characters of whichever created the glyph object first, and that goes into the ToUnicode map.
  const other = article('前‑後');
  const hyphen = article('前-後');
  forgetFonts();
  const plain = Buffer.from(await renderPdf(hyphen, render));

  const folder = newFolder();
  useShapingCache(folder);
  forgetFonts();
  await renderPdf(other, render);
  await renderPdf(hyphen, render);
  saveShapingCache();

  forgetFonts();
  const cached = Buffer.from(await renderPdf(hyphen, render));
  expect(cached.equals(plain)).toBe(true);
}, 120_000);

test('a cache file that is not whole or not of this format is ignored', async () => {
  const folder = newFolder();
  useShapingCache(folder);
  forgetFonts();
  const text = article('記事を組む。');
  const plain = Buffer.from(await renderPdf(text, render));
  saveShapingCache();
  const files = readdirSync(join(folder, 'fonts'));
  expect(files.length).toBeGreaterThan(0);
  for (const [index, file] of files.entries()) {
    // A torn write, or a file whose digest matches but whose content is not a cache.
    const data = Buffer.from(index % 2 ? '{"format":1,"coverage":[1],"shaped":[["x",[],[1],[]]]}' : '');
    writeFileSync(
      join(folder, 'fonts', file),
      Buffer.concat([createHash('sha1').update(data).digest(), data]),
    );
  }
  forgetFonts();
  expect(Buffer.from(await renderPdf(text, render)).equals(plain)).toBe(true);
}, 120_000);
