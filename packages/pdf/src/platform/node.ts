// What a render needs from its surroundings, in Node: files, the environment, react-pdf's Node
// output. The browser build of the package replaces this module with `browser.ts` (same exports).
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import type { ReactElement } from 'react';
import type { FontSource } from '../fonts/font-options.js';
import { renderOnce } from '../pipeline/render-once.js';

/** Where this build runs. */
export const PLATFORM = 'node';

/** An environment variable, when there is an environment. */
export const env = (name: string): string | undefined => process.env[name];

/** A prefix that keeps family names of concurrent processes apart. */
export const instanceId = (): string => String(process.pid);

/** Parse a font file named by its path. */
export const openFontFile = (path: string): fontkit.Font | fontkit.FontCollection => fontkit.openSync(path);

/** Lay out and draw the document with react-pdf; returns the raw PDF. */
export function layoutPages(document: ReactElement): Promise<Uint8Array> {
  return renderOnce(document, async (instance) => {
    const chunks: Buffer[] = [];
    for await (const chunk of (await instance.toBuffer()) as AsyncIterable<Buffer>) chunks.push(chunk);
    const buffer = Buffer.concat(chunks);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  });
}

/** Font files as react-pdf and the line composer read them here: paths, one render at a time. */
export interface FontFiles {
  /** The path (or other key) a font is registered under; fonts given as bytes are written out. */
  place(source: FontSource, name: string): Promise<string>;
  /** Keys that belonged to this render only (their parsed copies are dropped afterwards). */
  temporary: string[];
  /** Remove what `place` wrote. */
  dispose(): Promise<void>;
}

export function fontFiles(): FontFiles {
  let directory: string | undefined;
  const temporary: string[] = [];
  return {
    temporary,
    async place(source, name) {
      if (source instanceof URL) source = fileURLToPath(source);
      if (typeof source === 'string') {
        if (/^https?:/i.test(source)) {
          throw new Error(`font "${source}" is a web address: in Node pass a file path or the file's bytes`);
        }
        if (!existsSync(source)) {
          throw new Error(
            `font file "${source}" does not exist: pass an existing .ttf/.otf path or the file's bytes`,
          );
        }
        return source;
      }
      directory ??= await mkdtemp(join(tmpdir(), 'kiji-fonts-'));
      const path = join(directory, `${name}.ttf`);
      await writeFile(path, source);
      temporary.push(path);
      return path;
    },
    async dispose() {
      if (directory) await rm(directory, { recursive: true, force: true });
    },
  };
}

/** The bytes of a file shipped in the package (`icc/…`), from dist/ or from src/platform/. */
export async function packageFile(path: string): Promise<Uint8Array> {
  const candidates = ['../', '../../'].map((up) => new URL(`${up}${path}`, import.meta.url));
  const found = candidates.find((url) => existsSync(url));
  if (!found) throw new Error(`${path} is missing from @kiji/pdf: reinstall the package`);
  const { readFile } = await import('node:fs/promises');
  return new Uint8Array(await readFile(found));
}
