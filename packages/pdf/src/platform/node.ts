// What a render needs from its surroundings, in Node: files, the environment, react-pdf's Node
// output. The browser build of the package replaces this module with `browser.ts` (same exports).
import { createHash, randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
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

/** The prefix of the folders fonts given as bytes are written to. */
const TEMPORARY_FONTS = 'kiji-fonts-';

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
      directory ??= await mkdtemp(join(tmpdir(), TEMPORARY_FONTS));
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

/** A file of a cache kept between processes: read whole, written whole. */
export interface CacheFile {
  /** The text last written, or undefined (none, unreadable, or not whole). */
  read(): string | undefined;
  /** Written whole or not at all; a folder that cannot be written only means no cache. */
  write(text: string): void;
}

/** Font cache files kept: the newest, one per font file and build of the package. */
const KEPT_FONT_FILES = 24;
/** A cache file starts with the SHA-1 of the rest, checked before the rest is used. */
const DIGEST_BYTES = 20;

/** What names a file's version: its path and status; any write changes the change time. */
function fileIdentity(path: string): string {
  const { dev, ino, size, mtimeNs, ctimeNs } = statSync(path, { bigint: true });
  return `${path}\u0000${dev} ${ino} ${size} ${mtimeNs} ${ctimeNs}`;
}

let codeIdentity: string | undefined;

/**
 * The cache file in `directory`/fonts of what is known of the font file at `path` (see
 * `useShapingCache`), named by the font file's identity and by this build's own file (the code
 * that shapes is bundled in it), so that a changed font or a new build starts a new file.
 * Undefined for a font that is not a file.
 */
export function fontCacheFile(directory: string, path: string): CacheFile | undefined {
  let name: string;
  try {
    // Fonts given as bytes are written to temporary files (`fontFiles`), new for every render.
    if (!isAbsolute(path) || path.startsWith(join(tmpdir(), TEMPORARY_FONTS))) return undefined;
    codeIdentity ??= fileIdentity(fileURLToPath(import.meta.url));
    name = createHash('sha256')
      .update(`${codeIdentity}\n${fileIdentity(path)}`)
      .digest('hex')
      .slice(0, 32);
  } catch {
    return undefined;
  }
  const folder = join(directory, 'fonts');
  const file = join(folder, `${name}.json`);
  return {
    read() {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        return undefined;
      }
      const data = bytes.subarray(DIGEST_BYTES);
      const whole =
        bytes.length > DIGEST_BYTES &&
        createHash('sha1').update(data).digest().equals(bytes.subarray(0, DIGEST_BYTES));
      return whole ? data.toString('utf8') : undefined;
    },
    write(text) {
      // A name of its own: worker threads share the process id.
      const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
      try {
        mkdirSync(folder, { recursive: true });
        const data = Buffer.from(text, 'utf8');
        writeFileSync(temporary, Buffer.concat([createHash('sha1').update(data).digest(), data]));
        renameSync(temporary, file);
        const old = readdirSync(folder)
          .filter((entry) => entry.endsWith('.json'))
          .map((entry) => ({ path: join(folder, entry), time: statSync(join(folder, entry)).mtimeMs }))
          .sort((a, b) => b.time - a.time)
          .slice(KEPT_FONT_FILES);
        for (const { path: stale } of old) rmSync(stale, { force: true });
      } catch {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing was written.
        }
      }
    },
  };
}

/** Run `write` when the process exits (caches kept between processes). */
export const onExit = (write: () => void): void => {
  process.once('exit', write);
};
