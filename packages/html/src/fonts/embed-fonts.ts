import { type BundledFont, bundledFonts } from '@kiji/fonts';
import {
  DEFAULT_SUBSET_FORMAT,
  fontCharacters,
  readFont,
  type SubsetFormat,
  subsetFont,
} from '@kiji/fonts/subset';
import type { Element } from 'hast';
import type { FontFace, HtmlWarning } from '../options.js';
import { type Stack, textByFace } from './text-by-face.js';

/** Options of `embedFonts`. */
export interface EmbedFontsOptions {
  /** `'woff'` (the default in Node), `'woff2'` (a fifth smaller, seconds slower) or `'truetype'` (the default in a browser, which writes no other). */
  format?: SubsetFormat;
  /** Called once with the characters no bundled font has. */
  onWarning?: (warning: HtmlWarning) => void;
}

/**
 * The family each stack of the stylesheet names first: the embedded faces are declared under
 * it, so the page needs no change to its CSS and a reader's own fonts never come first.
 */
const FAMILY: Record<Stack, string> = {
  'serif-ja': 'Noto Serif JP',
  'sans-ja': 'Noto Sans JP',
  'serif-latin': 'Noto Serif',
  'sans-latin': 'Noto Sans',
};

/** The bundled file for a face; italic exists only for Latin serif (Source Serif 4, as in the PDF). */
function fileFor(stack: Stack, weight: 400 | 700, style: 'normal' | 'italic'): BundledFont {
  const pair = stack.startsWith('sans')
    ? bundledFonts.sans
    : stack === 'serif-latin' && style === 'italic'
      ? bundledFonts.italic
      : bundledFonts.serif;
  return weight === 700 ? pair.bold : pair.normal;
}

const STACK_ORDER: Stack[] = ['serif-ja', 'sans-ja', 'serif-latin', 'sans-latin'];

/** Variation selectors, joiners and other characters no font draws: kept, never reported. */
const IGNORABLE = /^[\p{Default_Ignorable_Code_Point}\p{Cc}]$/u;

const characterSets = new Map<string, Promise<{ bytes: Uint8Array; characters: Set<number> }>>();

/** A bundled font's bytes and characters, read once per process. */
function load(font: BundledFont) {
  let loading = characterSets.get(font.url.href);
  if (!loading) {
    loading = readFont(font.url).then((bytes) => ({ bytes, characters: fontCharacters(bytes) }));
    loading.catch(() => characterSets.delete(font.url.href));
    characterSets.set(font.url.href, loading);
  }
  return loading;
}

const sorted = (characters: Iterable<string>) => [...new Set(characters)].sort().join('');

const codePoint = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** `bytes` as base64, in Node and in a browser alike. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

const MIME: Record<SubsetFormat, string> = { truetype: 'font/ttf', woff: 'font/woff', woff2: 'font/woff2' };

/**
 * `@font-face` rules that carry Kiji's fonts inside the page: for each face the `<article>`
 * (from `toHast`) uses — Noto Serif JP and Noto Sans JP, regular and bold, Source Serif 4 italic
 * for emphasis in Latin text — the bundled font cut down to the characters set in that face, as
 * a `data:` URL. Characters a face lacks come from Noto Emoji where it has them, declared under
 * the same family for just those characters (`unicode-range`), so no reader's font comes first;
 * characters no bundled font has are reported through `onWarning`. Same tree, same rules.
 */
export async function embedFonts(
  article: Element,
  language: string,
  options: EmbedFontsOptions = {},
): Promise<FontFace[]> {
  const format = options.format ?? DEFAULT_SUBSET_FORMAT;
  const mime = MIME[format];
  // Faces by family, weight and style (italic only where a file has it; elsewhere the browser
  // slants the upright face, so its characters go there).
  const groups = new Map<
    string,
    { family: string; font: BundledFont; weight: 400 | 700; style: 'normal' | 'italic'; text: Set<string> }
  >();
  for (const { face, text } of textByFace(article, language).values()) {
    const font = fileFor(face.stack, face.weight, face.style);
    const style =
      font === bundledFonts.italic.normal || font === bundledFonts.italic.bold ? 'italic' : 'normal';
    const family = FAMILY[face.stack];
    const key = `${STACK_ORDER.indexOf(face.stack)} ${face.weight} ${style}`;
    const group = groups.get(key) ?? { family, font, weight: face.weight, style, text: new Set<string>() };
    groups.set(key, group);
    for (const character of text) group.text.add(character);
  }
  const faces: FontFace[] = [];
  // Per face, the characters Noto Emoji draws for it; declared with the face's own weight and
  // style, since a browser joins faces by unicode-range only when their descriptors are equal.
  const fallbacks: { family: string; weight: 400 | 700; style: 'normal' | 'italic'; text: string[] }[] = [];
  const missing = new Set<string>();
  const [fallback] = bundledFonts.fallback;
  const fallbackFont = fallback ? await load(fallback) : undefined;
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    const { bytes, characters } = await load(group.font);
    const own: string[] = [];
    const borrowed: string[] = [];
    for (const character of group.text) {
      const code = character.codePointAt(0)!;
      if (characters.has(code) || IGNORABLE.test(character)) own.push(character);
      else if (fallbackFont?.characters.has(code)) borrowed.push(character);
      else missing.add(character);
    }
    const subset = await subsetFont(bytes, sorted(own), format);
    const { family, weight, style } = group;
    faces.push({ family, src: `data:${mime};base64,${toBase64(subset)}`, weight, style, format });
    if (borrowed.length > 0) fallbacks.push({ family, weight, style, text: borrowed });
  }
  if (fallbackFont && fallbacks.length > 0) {
    const all = sorted(fallbacks.flatMap((entry) => entry.text));
    const src = `data:${mime};base64,${toBase64(await subsetFont(fallbackFont.bytes, all, format))}`;
    for (const { family, weight, style, text } of fallbacks) {
      const range = text.map((c) => c.codePointAt(0)!).sort((a, b) => a - b);
      faces.push({
        family,
        src,
        weight,
        style,
        format,
        unicodeRange: range.map((code) => `U+${code.toString(16).toUpperCase()}`).join(', '),
      });
    }
  }
  if (missing.size > 0) {
    const list = [...missing].sort();
    const shown = list.slice(0, 12).map((character) => `${character} (${codePoint(character)})`);
    options.onWarning?.({
      path: '',
      message: `no bundled font has ${shown.join(', ')}${list.length > 12 ? ` and ${list.length - 12} more` : ''}: the page shows ${list.length === 1 ? 'it' : 'them'} in the reader's own fonts, or as boxes; use other characters or a figure`,
    });
  }
  return faces;
}
