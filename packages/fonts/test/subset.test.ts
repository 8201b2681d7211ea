import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { listBundledFonts } from '../src/index.js';
import * as browser from '../src/subset/browser.js';
import { DEFAULT_SUBSET_FORMAT, fontCharacters, subsetFont } from '../src/subset/node.js';

const read = (url: URL) => new Uint8Array(readFileSync(fileURLToPath(url)));
const open = (bytes: Uint8Array) => fontkit.create(Buffer.from(bytes)) as fontkit.Font;

describe('@kiji/fonts/subset', () => {
  it('reads the characters of every bundled font as fontkit does', () => {
    for (const font of listBundledFonts()) {
      const bytes = read(font.url);
      const ours = [...fontCharacters(bytes)].sort((a, b) => a - b);
      const parsed = open(bytes);
      // fontkit lists every mapped code point; those mapped to .notdef draw nothing.
      const theirs = parsed.characterSet
        .filter((code) => parsed.glyphForCodePoint(code).id !== 0)
        .sort((a, b) => a - b);
      expect(ours, font.file).toEqual([...new Set(theirs)]);
    }
  });

  it('cuts a font down to the characters given, as TrueType, WOFF or WOFF2, the same bytes each time', async () => {
    const [serif] = listBundledFonts();
    const bytes = read(serif!.url);
    const text = '日本語の組版、「括弧」とABC。';
    const truetype = await subsetFont(bytes, text, 'truetype');
    expect(Buffer.from(await subsetFont(bytes, text, 'truetype')).equals(Buffer.from(truetype))).toBe(true);
    expect(truetype.length).toBeLessThan(bytes.length / 50);
    expect([...fontCharacters(truetype)].sort((a, b) => a - b)).toEqual(
      [...new Set(text)].map((c) => c.codePointAt(0)!).sort((a, b) => a - b),
    );
    const woff = await subsetFont(bytes, text, 'woff');
    expect(Buffer.from(woff).subarray(0, 4).toString('latin1')).toBe('wOFF');
    expect(woff.length).toBeLessThan(truetype.length);
    expect(open(woff).hasGlyphForCodePoint('括'.codePointAt(0)!)).toBe(true);
    expect(Buffer.from(await subsetFont(bytes, text, 'woff')).equals(Buffer.from(woff))).toBe(true);
    const woff2 = await subsetFont(bytes, text, 'woff2');
    expect(Buffer.from(woff2).subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(woff2.length).toBeLessThan(truetype.length);
    expect(open(woff2).hasGlyphForCodePoint('括'.codePointAt(0)!)).toBe(true);
  });

  it('writes WOFF by default in Node and TrueType in a browser, which writes no other', async () => {
    expect(DEFAULT_SUBSET_FORMAT).toBe('woff');
    expect(browser.DEFAULT_SUBSET_FORMAT).toBe('truetype');
    await expect(browser.subsetFont(new Uint8Array(), 'a', 'woff2')).rejects.toThrow(/TrueType only/);
    await expect(browser.subsetFont(new Uint8Array(), 'a', 'woff')).rejects.toThrow(/TrueType only/);
  });
});
