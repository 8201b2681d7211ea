// What a render needs from its surroundings, in a browser or a Web Worker: no file system, fonts
// fetched from URLs or given as bytes, react-pdf's browser output. The browser build of the
// package (`dist/browser.js`, the `browser` export condition) uses this module instead of
// `node.ts`; the exports are the same.
import type * as fontkit from 'fontkit';
import type { ReactElement } from 'react';
import type { FontSource } from '../fonts/font-options.js';
import { renderOnce } from '../pipeline/render-once.js';
import { addFont, hasFont } from '../typeset/fonts.js';

/** Where this build runs. */
export const PLATFORM = 'browser';

/** A browser has no environment variables. */
export const env = (_name: string): string | undefined => undefined;

export const instanceId = (): string => 'browser';

/** A browser cannot open font files by path: fonts are fetched by `fontFiles` first. */
export function openFontFile(path: string): fontkit.Font | fontkit.FontCollection {
  throw new Error(
    `${path} is a file path, and a browser has no file system: give the font as a URL or its bytes`,
  );
}

/** Lay out and draw the document with react-pdf; returns the raw PDF. */
export function layoutPages(document: ReactElement): Promise<Uint8Array> {
  return renderOnce(
    document,
    async (instance) => new Uint8Array(await (await instance.toBlob()).arrayBuffer()),
  );
}

export interface FontFiles {
  /** The key a font is registered under: its URL, or a blob: URL for bytes. */
  place(source: FontSource, name: string): Promise<string>;
  /** Keys that belonged to this render only (their parsed copies are dropped afterwards). */
  temporary: string[];
  dispose(): Promise<void>;
}

/** Fonts fetched once per URL and kept parsed for the page's lifetime (a Japanese face is 5–8 MB). */
const fetching = new Map<string, Promise<void>>();

async function fetchFont(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`font "${url}" could not be fetched (HTTP ${response.status}): check the URL`);
  }
  addFont(url, new Uint8Array(await response.arrayBuffer()));
}

export function fontFiles(): FontFiles {
  const temporary: string[] = [];
  return {
    temporary,
    async place(source) {
      if (typeof source === 'string' || source instanceof URL) {
        const url = new URL(String(source), (globalThis as { location?: { href: string } }).location?.href)
          .href;
        if (!hasFont(url)) {
          let pending = fetching.get(url);
          if (!pending) {
            pending = fetchFont(url).catch((error: unknown) => {
              fetching.delete(url);
              throw error instanceof TypeError
                ? new Error(`font "${url}" could not be fetched (${error.message}): check the URL`)
                : error;
            });
            fetching.set(url, pending);
          }
          await pending;
        }
        return url;
      }
      // Bytes: a blob: URL names them, so react-pdf could read them itself if it had to.
      const url = URL.createObjectURL(new Blob([source as Uint8Array<ArrayBuffer>]));
      addFont(url, source);
      temporary.push(url);
      return url;
    },
    async dispose() {
      for (const url of temporary) URL.revokeObjectURL(url);
    },
  };
}

/**
 * Files shipped in the package, each written out whole so that bundlers (Vite, webpack, esbuild
 * with a file loader) see the asset and emit it; unbundled, the URL is beside `dist/`.
 */
const PACKAGE_FILES: Record<string, () => URL> = {
  'icc/FOGRA39L-coated.icc': () => new URL('../icc/FOGRA39L-coated.icc', import.meta.url),
  'icc/sRGB.icc': () => new URL('../icc/sRGB.icc', import.meta.url),
};

/** The bytes of a file shipped in the package (`icc/…`). */
export async function packageFile(path: string): Promise<Uint8Array> {
  const url = PACKAGE_FILES[path]?.();
  if (!url) throw new Error(`${path} is not a file @kiji/pdf ships for browsers: add it to PACKAGE_FILES`);
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `${path} of @kiji/pdf could not be fetched from ${url.href}: serve the package's ${path.split('/')[0]}/ folder beside dist/`,
    );
  return new Uint8Array(await response.arrayBuffer());
}

/** A cache file kept between processes: a browser keeps none. */
export interface CacheFile {
  read(): string | undefined;
  write(text: string): void;
}

/** A browser has no cache folder. */
export const fontCacheFile = (_directory: string, _path: string): CacheFile | undefined => undefined;

/** Nothing is written at exit in a browser. */
export const onExit = (_write: () => void): void => {};
