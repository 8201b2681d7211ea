import type { FileAccess, LocalFileResult } from './read-local-file.js';

// What `@kiji/core/files` is in a browser: there is no file system to read, so every local
// path is left out with a warning, as with no root.

export type { FileAccess, LocalFileResult };

/** 20 MB, as in Node. */
export const DEFAULT_MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** Reads nothing: local files exist only where Kiji runs on Node. */
export function readLocalFile(path: string, _access: FileAccess, _head?: number): LocalFileResult {
  return {
    severity: 'warning',
    problem: `local file "${path}" is not read: there are no local files in a browser`,
  };
}

/** Reads nothing: local files exist only where Kiji runs on Node. */
export function readRegularFile(
  file: string,
  _options: { maxBytes?: number; head?: number; name?: string } = {},
): LocalFileResult {
  return {
    severity: 'warning',
    problem: `file "${file}" is not read: there are no local files in a browser`,
  };
}

/** Reads nothing: local files exist only where Kiji runs on Node. */
export function readNamedFile(path: string, _access: FileAccess): LocalFileResult {
  return {
    severity: 'warning',
    problem: `file "${path}" is not read: there are no local files in a browser`,
  };
}
