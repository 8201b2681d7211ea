import { Font } from '@react-pdf/renderer';
import { fontFiles, instanceId } from '../platform/node.js';
import { claimEveryCharacter } from '../typeset/fontkit-compat.js';
import { forgetFonts, loadFont } from '../typeset/fonts.js';
import type { FontFace, FontSet } from '../typeset.js';
import { bundledFonts } from './bundled-fonts.js';
import type { FontOptions, FontSource } from './font-options.js';

/** The family names one render registered, by role. */
export interface RenderFonts {
  serif: string;
  sans: string;
  /** Italic for emphasis in Latin-script text. */
  italic: string;
  fallback: string[];
  /** Draws characters no font has, as the Mincho's .notdef box (see `FontSet.notdef`). */
  notdef: string;
  /** Every face, for the line composer. */
  set: FontSet;
  /** File path of each fallback font, for warnings. */
  fallbackFiles: string[];
}

let renderCounter = 0;

/** The font store whose internals `shareParsedFont` relies on. */
const REACT_PDF_FONT_STORE = "(@react-pdf/font's FontSource._load)";

/** What react-pdf's font store holds per registered file (`@react-pdf/font`'s FontSource). */
interface FontSourceInternals {
  src: unknown;
  data: unknown;
  _load?: () => Promise<void>;
}

/**
 * Let react-pdf draw with the font object the line composer already parsed (`loadFont`, cached
 * per file for the process), instead of parsing the same multi-megabyte file again on every
 * render: its font source loads lazily, only when a text uses the family, from that cache. Both
 * use the same fontkit, so the output is unchanged. If react-pdf's internals ever differ from
 * what is expected here, nothing is replaced and react-pdf parses the file itself.
 */
function shareParsedFont(face: FontFace, notdef = false): boolean {
  const family = (Font.getRegisteredFonts() as Record<string, { sources?: FontSourceInternals[] }>)[
    face.family
  ];
  const source = family?.sources?.at(-1);
  if (!source || source.src !== face.src || typeof source._load !== 'function') return false;
  source._load = async () => {
    const { font } = loadFont(face.src);
    source.data = notdef ? claimEveryCharacter(font) : font;
  };
  return true;
}

/**
 * Register the fonts of one render with react-pdf under family names no other render uses, run
 * `use`, then remove exactly those families again (react-pdf's font store is global), together
 * with any temporary files written for fonts given as bytes.
 */
export async function withRegisteredFonts<T>(
  options: FontOptions | undefined,
  use: (fonts: RenderFonts) => Promise<T>,
): Promise<T> {
  const bundled = bundledFonts();
  const prefix = `kiji-${instanceId()}-${++renderCounter}`;
  // Paths in Node (bytes written to temporary files); fetched URLs or blob: URLs in a browser.
  const files = fontFiles();
  const toPath = (source: FontSource, name: string): Promise<string> => files.place(source, name);
  const families: string[] = [];
  try {
    const serifNormal = await toPath(options?.serif?.normal ?? bundled.serif.normal, 'serif');
    const serifBold = options?.serif
      ? await toPath(options.serif.bold ?? options.serif.normal, 'serif-bold')
      : await toPath(bundled.serif.bold, 'serif-bold');
    const sansNormal = await toPath(options?.sans?.normal ?? bundled.sans.normal, 'sans');
    const sansBold = options?.sans
      ? await toPath(options.sans.bold ?? options.sans.normal, 'sans-bold')
      : await toPath(bundled.sans.bold, 'sans-bold');
    const italicNormal = await toPath(options?.italic?.normal ?? bundled.italic.normal, 'italic');
    const italicBold = options?.italic
      ? await toPath(options.italic.bold ?? options.italic.normal, 'italic-bold')
      : await toPath(bundled.italic.bold, 'italic-bold');
    const fallbackFiles = await Promise.all(
      (options?.fallback ?? bundled.fallback).map((source, index) => toPath(source, `fallback-${index}`)),
    );
    const serif = `${prefix}-serif`;
    const sans = `${prefix}-sans`;
    const italic = `${prefix}-italic`;
    const fallback = fallbackFiles.map((_, index) => `${prefix}-fallback-${index}`);
    const notdef = `${prefix}-notdef`;
    const faces: FontFace[] = [
      { family: serif, weight: 'normal', src: serifNormal },
      { family: serif, weight: 'bold', src: serifBold },
      { family: sans, weight: 'normal', src: sansNormal },
      { family: sans, weight: 'bold', src: sansBold },
      { family: italic, weight: 'normal', src: italicNormal },
      { family: italic, weight: 'bold', src: italicBold },
      ...fallbackFiles.flatMap((src, index): FontFace[] => [
        { family: fallback[index]!, weight: 'normal', src },
        { family: fallback[index]!, weight: 'bold', src },
      ]),
      { family: notdef, weight: 'normal', src: serifNormal },
    ];
    for (const face of faces) {
      Font.register({ family: face.family, src: face.src, fontWeight: face.weight === 'bold' ? 700 : 400 });
      const shared = shareParsedFont(face, face.family === notdef);
      if (!shared && face.family === notdef) {
        throw new Error(
          `react-pdf ${REACT_PDF_FONT_STORE} no longer loads fonts as Kiji expects: characters no font has could not be drawn embedded; pin @react-pdf/renderer 4.9`,
        );
      }
      if (!families.includes(face.family)) families.push(face.family);
    }
    // Japanese inside Latin italic falls back to the Mincho after the emoji fonts.
    return await use({
      serif,
      sans,
      italic,
      fallback,
      notdef,
      set: { faces, fallback: [...fallback, serif], notdef },
      fallbackFiles,
    });
  } finally {
    const registered = Font.getRegisteredFonts() as Record<string, unknown>;
    for (const family of families) delete registered[family];
    // Parsed copies of deleted temporary files would only take memory.
    forgetFonts(files.temporary);
    await files.dispose();
  }
}
