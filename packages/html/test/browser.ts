import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import type { FontFace } from '../src/index.js';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** True when Chromium can run here; under CI=true a missing browser is an error, not a skip. */
export function hasChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true')
    throw new Error(`${CHROMIUM} is missing: install chromium (apt-get install chromium)`);
  return false;
}

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) =>
  pathToFileURL(join(dirname(require.resolve(`${pkg}/package.json`)), file)).href;

/** The Noto JP TTFs from node_modules as @font-face rules (this machine has no Japanese system fonts). */
export const testFontFaces: FontFace[] = [
  {
    family: 'Noto Serif JP',
    src: fontFile('@expo-google-fonts/noto-serif-jp', '400Regular/NotoSerifJP_400Regular.ttf'),
    weight: 400,
    format: 'truetype',
  },
  {
    family: 'Noto Serif JP',
    src: fontFile('@expo-google-fonts/noto-serif-jp', '700Bold/NotoSerifJP_700Bold.ttf'),
    weight: 700,
    format: 'truetype',
  },
  {
    family: 'Noto Sans JP',
    src: fontFile('@expo-google-fonts/noto-sans-jp', '400Regular/NotoSansJP_400Regular.ttf'),
    weight: 400,
    format: 'truetype',
  },
  {
    family: 'Noto Sans JP',
    src: fontFile('@expo-google-fonts/noto-sans-jp', '700Bold/NotoSansJP_700Bold.ttf'),
    weight: 700,
    format: 'truetype',
  },
  {
    family: 'Noto Emoji',
    src: fontFile('@expo-google-fonts/noto-emoji', '400Regular/NotoEmoji_400Regular.ttf'),
    weight: 400,
    format: 'truetype',
  },
];

/** Launch the system Chromium. */
export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: ARGS });

/** Write `html` to a temporary file and return its file URL plus a cleanup function. */
export function writeTemp(html: string, name = 'page.html'): { url: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kiji-html-'));
  const file = join(dir, name);
  writeFileSync(file, html);
  return { url: pathToFileURL(file).href, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
