import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Which local files a render may read. */
export interface FileAccess {
  /**
   * The folder local files may come from (a project root, as in Typst). Paths that leave it,
   * directly or through a symbolic link, are refused. Without a root no local file is read.
   */
  root?: string;
  /** Where relative paths start (the article's folder); default `root`. Must lie inside `root`. */
  baseDir?: string;
  /** The largest file read, in bytes; default `DEFAULT_MAX_IMAGE_BYTES`. */
  maxBytes?: number;
}

/** 20 MB: a print-quality photograph fits; a mistaken video or disk image does not. */
export const DEFAULT_MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/**
 * A file read (`file`: its absolute path under the root, links not followed), or why not.
 * `error` refuses the render; `warning` only leaves the file out.
 */
export type LocalFileResult =
  | { file: string; data: Uint8Array }
  | { problem: string; severity: 'error' | 'warning' };

const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

/** How to widen the root: the CLI flag and the library option. */
const HOW_TO_ALLOW =
  "move the file into the article's folder, or name a folder that holds both as the root (kiji render --root DIR; the root option of the libraries)";

const kindOf = (stats: Stats) =>
  stats.isDirectory()
    ? 'a directory'
    : stats.isFIFO()
      ? 'a named pipe (FIFO)'
      : stats.isCharacterDevice() || stats.isBlockDevice()
        ? 'a device'
        : stats.isSocket()
          ? 'a socket'
          : 'not a regular file';

const outside = (path: string, root: string) => {
  const rest = relative(root, path);
  return rest === '..' || rest.startsWith(`..${sep}`) || isAbsolute(rest);
};

/**
 * Read the file a relative `path` names, only when it lies inside `access.root` (symbolic links
 * followed only as far as they stay inside), is a regular file (never a device, pipe or
 * directory, which could be read forever) and is at most `access.maxBytes` long. With `head`,
 * only that many bytes are read (enough to tell the format).
 */
export function readLocalFile(path: string, access: FileAccess, head?: number): LocalFileResult {
  if (access.root === undefined) {
    return {
      severity: 'warning',
      problem: `local file "${path}" is not read: no root folder was given (pass the root option, e.g. the article's folder)`,
    };
  }
  return readInsideRoot(path, access.root, access, head, false);
}

/**
 * Read an image file the caller names (a cover image, from a manifest or a command-line
 * option) by the rule figures follow: with a root, the file must lie inside it — an absolute
 * path too, since the caller may have resolved it — and never leave it through a symbolic
 * link; with or without one, only a regular file of at most `maxBytes` is read. Without a root
 * the path is taken as given (relative to `baseDir`).
 */
export function readNamedFile(path: string, access: FileAccess): LocalFileResult {
  const maxBytes = access.maxBytes === undefined ? {} : { maxBytes: access.maxBytes };
  if (access.root === undefined) {
    return readRegularFile(resolve(access.baseDir ?? '.', path), { ...maxBytes, name: path });
  }
  return readInsideRoot(path, access.root, access, undefined, true);
}

function readInsideRoot(
  path: string,
  rootDir: string,
  access: FileAccess,
  head: number | undefined,
  absoluteAllowed: boolean,
): LocalFileResult {
  const root = resolve(rootDir);
  const base = resolve(root, access.baseDir ?? '.');
  const target = resolve(base, path);
  if ((isAbsolute(path) && !absoluteAllowed) || outside(target, root)) {
    return {
      severity: 'error',
      problem: `"${path}" lies outside the folder files may come from (${root}): ${HOW_TO_ALLOW}`,
    };
  }
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(target);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return {
      severity: 'warning',
      problem:
        code === 'ENOENT'
          ? `file "${path}" does not exist: check the path (relative to the article file)`
          : `file "${path}" cannot be read (${code ?? String(error)}): check the path`,
    };
  }
  if (outside(real, realRoot)) {
    return {
      severity: 'error',
      problem: `"${path}" is a symbolic link to a file outside the folder files may come from (${root}): ${HOW_TO_ALLOW}`,
    };
  }
  const result = readRegularFile(real, {
    ...(access.maxBytes === undefined ? {} : { maxBytes: access.maxBytes }),
    ...(head === undefined ? {} : { head }),
    name: path,
  });
  // The path as the article names it (under the root), not where its links lead.
  return 'data' in result ? { ...result, file: target } : result;
}

/**
 * Read `file` when it is a regular file (never a device, pipe or directory, which could be read
 * forever) of at most `maxBytes`; with `head`, only that many bytes. `name` is how messages
 * call the file. No root applies: for files the caller named itself (a cover image).
 */
export function readRegularFile(
  file: string,
  options: { maxBytes?: number; head?: number; name?: string } = {},
): LocalFileResult {
  const limit = options.maxBytes ?? DEFAULT_MAX_IMAGE_BYTES;
  const head = options.head;
  const path = options.name ?? file;
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      return {
        severity: 'error',
        problem: `"${path}" is ${kindOf(stats)}, not an image file: only regular files are read`,
      };
    }
    const tooBig = (size: number) => ({
      severity: 'error' as const,
      problem: `"${path}" is ${megabytes(size)}, over the limit of ${megabytes(limit)} per image: make the image smaller, or raise the limit (kiji render --max-image-mb N; the maxImageBytes option of the libraries)`,
    });
    if (stats.size > limit) return tooBig(stats.size);
    // Read at most one byte past the limit, whatever the size said: the file may be growing.
    const want = Math.min(head ?? limit + 1, limit + 1);
    const buffer = new Uint8Array(Math.min(want, stats.size + 1));
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) return tooBig(length);
    if (head === undefined && length > stats.size) {
      return { severity: 'warning', problem: `file "${path}" changed while it was read: render again` };
    }
    return { file, data: buffer.subarray(0, length) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return {
      severity: 'warning',
      problem:
        code === 'ENOENT'
          ? `file "${path}" does not exist: check the path`
          : `file "${path}" cannot be read (${code ?? String(error)}): check the path`,
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
