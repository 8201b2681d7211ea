import { realpathSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from './io.js';

/** One file to write: the path as the user gave it and its bytes. */
export interface OutputFile {
  /** The path as given on the command line; messages name it like this. */
  path: string;
  data: string | Uint8Array;
}

/** A file that could not be written, named as the user gave it; exit 1 with no stack trace. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

/**
 * Refuse outputs that would overwrite an input or each other, before any work is done:
 * `kiji render a.json --html a.json` must not destroy the article.
 */
export function checkOutputPaths(
  outputs: readonly { flag: string; path: string }[],
  inputs: readonly string[],
  cwd: string,
): void {
  const inputTargets = new Map(inputs.map((input) => [realTarget(input, cwd), input]));
  const seen = new Map<string, string>();
  for (const { flag, path } of outputs) {
    if (path.trim() === '' || /[/\\]$/.test(path) || /(^|[/\\])\.\.?$/.test(path)) {
      throw new UsageError(`${flag} "${path}": name an output file, not a folder`);
    }
    const target = realTarget(path, cwd);
    const input = inputTargets.get(target);
    if (input !== undefined) {
      throw new UsageError(`${flag} ${path}: this is the input file ${input}; write to another file`);
    }
    const other = seen.get(target);
    if (other !== undefined) {
      throw new UsageError(`${other} and ${flag} both write ${path}: give each output its own file`);
    }
    seen.set(target, flag);
  }
}

/** Temporary files written and not yet renamed into place: removed if the process is stopped. */
const pending = new Set<string>();

/**
 * Remove every temporary output file not yet renamed into place. Synchronous, for a signal
 * handler (SIGTERM, SIGINT, SIGHUP) that exits right after: a stopped render leaves no
 * `out.pdf.<pid>.tmp` behind.
 */
export function removePendingOutputs(): void {
  for (const temporary of pending) rmSync(temporary, { force: true });
  pending.clear();
}

/**
 * Write every file through a temporary file next to it, then move them all into place, so a
 * failure never leaves a half-written output or a partial set of outputs behind. Missing parent
 * directories are created. Failures throw {@link OutputError} naming the path as given.
 */
export async function writeOutputs(files: readonly OutputFile[], cwd: string): Promise<string[]> {
  const staged: { path: string; temporary: string; target: string }[] = [];
  try {
    for (const { path, data } of files) {
      const target = realTarget(path, cwd);
      await prepare(path, target);
      const temporary = `${target}.${process.pid}.tmp`;
      staged.push({ path, temporary, target });
      pending.add(temporary);
      await writeFile(temporary, data).catch((error: unknown) => {
        throw new OutputError(describeWriteError(path, error));
      });
    }
    for (const { path, temporary, target } of staged) {
      await rename(temporary, target).catch((error: unknown) => {
        throw new OutputError(describeWriteError(path, error));
      });
      pending.delete(temporary);
    }
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  } finally {
    for (const { temporary } of staged) pending.delete(temporary);
  }
  return staged.map(({ target }) => target);
}

/**
 * Write `data` to `path` through a temporary file in the same directory, so a failure never
 * leaves a half-written output behind. Missing parent directories are created.
 */
export async function writeOutput(path: string, data: string | Uint8Array, cwd: string): Promise<string> {
  const [target] = await writeOutputs([{ path, data }], cwd);
  return target!;
}

/**
 * The absolute path a file name stands for, through symbolic links: writing follows a link to
 * its file instead of replacing the link, and an output linked to the input is caught.
 */
function realTarget(path: string, cwd: string): string {
  const target = resolve(cwd, path);
  try {
    return realpathSync(target);
  } catch {
    return target;
  }
}

/** The target must not be a directory, and its folder must exist or be creatable. */
async function prepare(path: string, target: string): Promise<void> {
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new OutputError(
      `${path}: is a directory: give a file name, e.g. ${path.replace(/(?<!\/)\/+$/, '')}/article`,
    );
  }
  // Renaming over a device or a pipe (/dev/null, a FIFO) would replace it with a plain file.
  if (existing && !existing.isFile()) {
    throw new OutputError(`${path}: is not a regular file (a device, pipe or socket): give a file path`);
  }
  await mkdir(dirname(target), { recursive: true }).catch((error: unknown) => {
    throw new OutputError(describeWriteError(path, error, 'cannot create its folder'));
  });
}

function describeWriteError(path: string, error: unknown, what = 'cannot write'): string {
  const code = (error as { code?: string }).code;
  const reason =
    code === 'ENOENT'
      ? 'the folder cannot be written to (no such file or directory)'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EROFS'
          ? 'read-only file system'
          : code === 'ENOTDIR' || code === 'EEXIST'
            ? 'not a directory: a part of the path is a file'
            : code === 'ENOSPC'
              ? 'no space left on the device'
              : code === 'EISDIR'
                ? 'is a directory'
                : ((error as Error).message ?? String(error));
  return `${path}: ${what}: ${reason}; choose another output path`;
}
