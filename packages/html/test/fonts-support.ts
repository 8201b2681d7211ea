import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listBundledFonts } from '@kiji/fonts';
import * as fontkit from 'fontkit';

/** One `@font-face` rule of a page, with its font parsed by fontkit. */
export interface EmbeddedFace {
  family: string;
  weight: string;
  style: string;
  format: string;
  unicodeRange?: string;
  bytes: Buffer;
  font: fontkit.Font;
}

/** The `@font-face` rules of a page whose fonts are `data:` URLs. */
export function embeddedFaces(html: string): EmbeddedFace[] {
  const faces: EmbeddedFace[] = [];
  for (const [rule] of html.matchAll(/@font-face \{[^}]*\}/g)) {
    const data =
      /src: url\("data:font\/(?:woff2?|ttf);base64,([A-Za-z0-9+/=]+)"\) format\("([a-z0-9]+)"\)/.exec(rule);
    if (!data) throw new Error(`a font is not embedded: ${rule.slice(0, 200)}`);
    const bytes = Buffer.from(data[1]!, 'base64');
    const range = /unicode-range: ([^;]+);/.exec(rule)?.[1];
    faces.push({
      family: /font-family: "([^"]+)"/.exec(rule)![1]!,
      weight: /font-weight: ([^;]+);/.exec(rule)![1]!,
      style: /font-style: ([^;]+);/.exec(rule)![1]!,
      format: data[2]!,
      ...(range ? { unicodeRange: range } : {}),
      bytes,
      font: fontkit.create(bytes) as fontkit.Font,
    });
  }
  return faces;
}

/** True when the face draws `character`: its cmap has it, and its unicode-range (if any) too. */
export function faceHas(face: EmbeddedFace, character: string): boolean {
  const code = character.codePointAt(0)!;
  if (face.unicodeRange) {
    const listed = face.unicodeRange.split(/,\s*/).map((entry) => Number.parseInt(entry.slice(2), 16));
    if (!listed.includes(code)) return false;
  }
  return face.font.hasGlyphForCodePoint(code);
}

/** The full bundled fonts, to tell a character Kiji cannot show from one it failed to embed. */
const bundled = listBundledFonts().map(
  (font) => fontkit.create(readFileSync(fileURLToPath(font.url))) as fontkit.Font,
);

/** True when some bundled font has `character`. */
export const bundledHas = (character: string): boolean =>
  bundled.some((font) => font.hasGlyphForCodePoint(character.codePointAt(0)!));

/** Characters no font draws (variation selectors, joiners, controls). */
export const ignorable = (character: string): boolean =>
  /^[\p{Default_Ignorable_Code_Point}\p{Cc}\s]$/u.test(character);
