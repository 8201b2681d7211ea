/**
 * The default fonts of Kiji. Every renderer takes its default faces from here, so this package
 * holds exactly the files Kiji loads and nothing else: the regular and bold Noto Serif JP (Mincho,
 * body text) and Noto Sans JP (Gothic, headings and labels), Source Serif 4 italic (emphasis in
 * Latin text; it is the Latin design of Noto Serif JP) and Noto Emoji (fallback for characters
 * the main fonts lack). All are under the SIL Open Font License 1.1; the texts are in `files/`.
 *
 * The module reads no files and imports nothing from Node: each font is a `URL` next to this
 * module (`new URL('../files/…', import.meta.url)`), which Node turns into a path with
 * `fileURLToPath` and a bundler turns into an asset URL for the browser.
 */

/** One bundled font file. */
export interface BundledFont {
  /** The family name the font declares. */
  family: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  /** File name inside the package's `files/` folder. */
  file: string;
  /** Where the file is: a `file:` URL in Node, an asset URL once bundled. */
  url: URL;
  /** The licence text that covers the file, also in `files/`. */
  license: string;
}

/** The bundled faces by role, in the shape the renderers take fonts. */
export interface BundledFonts {
  /** Mincho for body text. */
  serif: { normal: BundledFont; bold: BundledFont };
  /** Gothic for headings, captions and labels. */
  sans: { normal: BundledFont; bold: BundledFont };
  /** Italic for emphasis in Latin-script text. */
  italic: { normal: BundledFont; bold: BundledFont };
  /** Fonts for characters the others lack, in order. */
  fallback: BundledFont[];
}

// Each URL is written out whole so that bundlers see the asset (they only follow literal paths).
export const bundledFonts: BundledFonts = {
  serif: {
    normal: {
      family: 'Noto Serif JP',
      weight: 400,
      style: 'normal',
      file: 'NotoSerifJP-Regular.ttf',
      url: new URL('../files/NotoSerifJP-Regular.ttf', import.meta.url),
      license: 'OFL-NotoSerifJP.txt',
    },
    bold: {
      family: 'Noto Serif JP',
      weight: 700,
      style: 'normal',
      file: 'NotoSerifJP-Bold.ttf',
      url: new URL('../files/NotoSerifJP-Bold.ttf', import.meta.url),
      license: 'OFL-NotoSerifJP.txt',
    },
  },
  sans: {
    normal: {
      family: 'Noto Sans JP',
      weight: 400,
      style: 'normal',
      file: 'NotoSansJP-Regular.ttf',
      url: new URL('../files/NotoSansJP-Regular.ttf', import.meta.url),
      license: 'OFL-NotoSansJP.txt',
    },
    bold: {
      family: 'Noto Sans JP',
      weight: 700,
      style: 'normal',
      file: 'NotoSansJP-Bold.ttf',
      url: new URL('../files/NotoSansJP-Bold.ttf', import.meta.url),
      license: 'OFL-NotoSansJP.txt',
    },
  },
  italic: {
    normal: {
      family: 'Source Serif 4',
      weight: 400,
      style: 'italic',
      file: 'SourceSerif4-Italic.ttf',
      url: new URL('../files/SourceSerif4-Italic.ttf', import.meta.url),
      license: 'OFL-SourceSerif4.txt',
    },
    bold: {
      family: 'Source Serif 4',
      weight: 700,
      style: 'italic',
      file: 'SourceSerif4-BoldItalic.ttf',
      url: new URL('../files/SourceSerif4-BoldItalic.ttf', import.meta.url),
      license: 'OFL-SourceSerif4.txt',
    },
  },
  fallback: [
    {
      family: 'Noto Emoji',
      weight: 400,
      style: 'normal',
      file: 'NotoEmoji-Regular.ttf',
      url: new URL('../files/NotoEmoji-Regular.ttf', import.meta.url),
      license: 'OFL-NotoEmoji.txt',
    },
  ],
};

/** Every bundled font once, in a fixed order. */
export function listBundledFonts(): BundledFont[] {
  const { serif, sans, italic, fallback } = bundledFonts;
  return [serif.normal, serif.bold, sans.normal, sans.bold, italic.normal, italic.bold, ...fallback];
}

/** The URL of a licence text named by `BundledFont.license`. */
export function licenseUrl(font: BundledFont): URL {
  return new URL(`../files/${font.license}`, import.meta.url);
}
