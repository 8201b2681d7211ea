import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, chromiumLaunchOptions, hasChromium } from '@kiji/fixtures';
import { type BundledFont, bundledFonts } from '@kiji/fonts';
import { type Browser, chromium } from 'playwright-core';
import type { FontFace } from '../src/index.js';

const fontFile = (font: BundledFont) => font.url.href;

/** The bundled Noto TTFs (`@kiji/fonts`) as @font-face rules (this machine has no Japanese system fonts). */
export const testFontFaces: FontFace[] = [
  {
    family: 'Noto Serif JP',
    src: fontFile(bundledFonts.serif.normal),
    weight: 400,
    format: 'truetype',
  },
  {
    family: 'Noto Serif JP',
    src: fontFile(bundledFonts.serif.bold),
    weight: 700,
    format: 'truetype',
  },
  {
    family: 'Noto Sans JP',
    src: fontFile(bundledFonts.sans.normal),
    weight: 400,
    format: 'truetype',
  },
  {
    family: 'Noto Sans JP',
    src: fontFile(bundledFonts.sans.bold),
    weight: 700,
    format: 'truetype',
  },
  {
    family: 'Noto Emoji',
    src: fontFile(bundledFonts.fallback[0]!),
    weight: 400,
    format: 'truetype',
  },
];

/** Launch the system Chromium. */
export const launch = (): Promise<Browser> => chromium.launch(chromiumLaunchOptions());

/** Write `html` to a temporary file and return its file URL plus a cleanup function. */
export function writeTemp(html: string, name = 'page.html'): { url: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kiji-html-'));
  const file = join(dir, name);
  writeFileSync(file, html);
  return { url: pathToFileURL(file).href, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export { CHROMIUM, hasChromium };
