import { InputError } from '@kiji/core';
import { readNamedFile } from '@kiji/core/files';

/**
 * The image `--cover` names, read here as the user typed it: a file on the command line is the
 * user's own choice, so no root applies (a cover named by a manifest is data, and the renderers
 * read it inside `--root`); it is still only a regular file within `--max-image-mb`.
 */
export function readCoverOption(path: string, cwd: string, maxImageBytes: number | undefined): Uint8Array {
  const result = readNamedFile(path, {
    baseDir: cwd,
    ...(maxImageBytes === undefined ? {} : { maxBytes: maxImageBytes }),
  });
  if ('data' in result) return result.data;
  throw new InputError([{ path: '', message: `cover image: ${result.problem}` }], path);
}
