import { InputError } from '@kiji/core';
import { type BundledFont, bundledFonts, licenseUrl } from '@kiji/fonts';
import type { FontFace } from '@kiji/html';
import type { FontFile, FontFormat } from '../options.js';
import { readResource, subset as subsetFont } from '../platform/node.js';
import type { Resource } from '../publication.js';

/** A face to embed: where its file is and how the stylesheet names it. */
interface FaceSource {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  role: 'serif' | 'sans';
  data: Uint8Array | string | URL;
  /** File name stem inside `fonts/`. */
  stem: string;
}

/** The Noto faces the stylesheet asks for: Mincho for text, Gothic for headings and labels. */
const NOTO: { font: BundledFont; role: 'serif' | 'sans'; stem: string }[] = [
  { font: bundledFonts.serif.normal, role: 'serif', stem: 'NotoSerifJP-Regular' },
  { font: bundledFonts.serif.bold, role: 'serif', stem: 'NotoSerifJP-Bold' },
  { font: bundledFonts.sans.normal, role: 'sans', stem: 'NotoSansJP-Regular' },
  { font: bundledFonts.sans.bold, role: 'sans', stem: 'NotoSansJP-Bold' },
];

const NOTO_FACES: FaceSource[] = NOTO.map(({ font, role, stem }) => ({
  family: font.family,
  weight: font.weight,
  style: font.style,
  role,
  stem,
  data: font.url,
}));

/** Characters always kept: ASCII and the punctuation the stylesheet or list markers may add. */
const ALWAYS = `${Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('')}　、。・「」『』（）〔〕—…↩`;

/** The embedded fonts: files for the manifest, `@font-face` rules, and what the colophon says. */
export interface EmbeddedFonts {
  /** Font files (`fonts/….ttf` or `….woff2`). */
  resources: Resource[];
  /** `@font-face` rules for the stylesheet (paths relative to `style.css`). */
  fontFaces: FontFace[];
  /** Family names, for the colophon. */
  families: string[];
  /** The SIL Open Font License text of the Noto fonts, when they are embedded. */
  license?: string;
}

/** How each font format is written, declared in the manifest and named in `@font-face`. */
const OUTPUT = {
  ttf: { target: 'truetype', mediaType: 'font/ttf', css: 'truetype' },
  woff2: { target: 'woff2', mediaType: 'font/woff2', css: 'woff2' },
} as const satisfies Record<FontFormat, { target: 'truetype' | 'woff2'; mediaType: string; css: string }>;

/**
 * The families the stylesheet asks for first, by role, for Japanese and for other languages.
 * Every embedded face is declared under these names too, so it is used wherever its role is
 * (an English article reads "Noto Serif" from the stylesheet; a custom face replaces Noto).
 */
const STACK_FAMILIES = {
  serif: ['Noto Serif JP', 'Noto Serif'],
  sans: ['Noto Sans JP', 'Noto Sans'],
} as const;

/**
 * Cut each face down to the characters the publication uses (`text`) with HarfBuzz
 * (`subset-font`) and write it as TrueType (read by every reading system, Kindle and Kobo
 * included) or WOFF2 (smaller, slower to build, newer readers only). Vertical alternates (`vert`,
 * `vrt2`) and proportional metrics stay in the subset, so brackets and the long vowel mark still
 * turn.
 */
export async function embedFonts(
  text: string,
  custom: FontFile[] | undefined,
  format: FontFormat = 'ttf',
): Promise<EmbeddedFonts> {
  const output = OUTPUT[format];
  if (!output)
    throw new InputError([
      { path: 'fontFormat', message: `"${format}" is not a font format: use "ttf" or "woff2"` },
    ]);
  const faces: FaceSource[] =
    custom && custom.length > 0
      ? custom.map((font, index) => ({
          family: font.family,
          weight: font.weight ?? 400,
          style: font.style ?? 'normal',
          role: font.role ?? 'serif',
          data: font.data,
          stem: `font-${index + 1}`,
        }))
      : NOTO_FACES;
  const characters = [...new Set([...ALWAYS, ...text.replace(/\s/g, '')])].sort().join('');
  const resources: Resource[] = [];
  const fontFaces: FontFace[] = [];
  for (const [index, face] of faces.entries()) {
    const source = await loadFont(face.data);
    let subset: Uint8Array;
    try {
      subset = new Uint8Array(await subsetFont(source, characters, output.target));
    } catch (error) {
      throw new InputError(
        [
          {
            path: '',
            message: `cannot subset the font "${face.family}" (${(error as Error).message}): give a TrueType or OpenType file`,
          },
        ],
        typeof face.data === 'string' ? face.data : undefined,
      );
    }
    const href = `fonts/${face.stem}.${format}`;
    resources.push({ id: `font-${index + 1}`, href, mediaType: output.mediaType, data: subset });
    const rule = { src: href, weight: face.weight, style: face.style, format: output.css };
    for (const family of new Set([face.family, ...STACK_FAMILIES[face.role]]))
      fontFaces.push({ family, ...rule });
  }
  const families = [...new Set(faces.map((face) => face.family))];
  const result: EmbeddedFonts = { resources, fontFaces, families };
  if (faces === NOTO_FACES) result.license = await notoLicense();
  return result;
}

async function loadFont(data: Uint8Array | string | URL): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data;
  try {
    return await readResource(data);
  } catch (error) {
    throw new InputError(
      [
        {
          path: '',
          message: `cannot read the font file (${(error as { code?: string }).code ?? String(error)}): check the path in fonts`,
        },
      ],
      String(data),
    );
  }
}

async function notoLicense(): Promise<string> {
  const texts = await Promise.all(
    [...new Set(NOTO.map(({ font }) => font.license))].map(async (license) => {
      const font = NOTO.find((face) => face.font.license === license)!.font;
      return new TextDecoder().decode(await readResource(licenseUrl(font))).trim();
    }),
  );
  return [...new Set(texts)].join('\n\n');
}
