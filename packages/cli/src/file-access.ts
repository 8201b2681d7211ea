import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from './io.js';

/** The default of --max-image-mb: 20 MB, as in the libraries. */
export const DEFAULT_MAX_IMAGE_MB = 20;

/** `--root DIR` and `--max-image-mb N`, for the commands that render. */
export const fileOptions = {
  root: { type: 'string' as const },
  'max-image-mb': { type: 'string' as const },
};

/**
 * The file root and image size limit from `--root` and `--max-image-mb`, checked: the root is
 * `--root` or else the folder of the first input, and must hold every input.
 */
export async function fileAccess(values: Record<string, unknown>, inputs: string[], cwd: string) {
  const baseDir = dirname(inputs[0] ?? resolve(cwd, 'x'));
  let root = baseDir;
  if (typeof values.root === 'string') {
    root = resolve(cwd, values.root);
    const found = await stat(root).catch(() => undefined);
    if (!found?.isDirectory()) {
      throw new UsageError(
        `--root ${values.root} is not a directory: give the folder figure files may come from`,
      );
    }
  }
  for (const input of inputs) {
    const rest = relative(root, dirname(input));
    if (rest === '..' || rest.startsWith(`..${sep}`) || isAbsolute(rest)) {
      throw new UsageError(
        typeof values.root === 'string'
          ? `${relative(cwd, input)} lies outside --root ${values.root}: give a folder that holds every input`
          : `${relative(cwd, input)} lies outside the folder of ${relative(cwd, inputs[0]!)}: give --root DIR, a folder that holds every input`,
      );
    }
  }
  let megabytes = DEFAULT_MAX_IMAGE_MB;
  if (values['max-image-mb'] !== undefined) {
    megabytes = Number(values['max-image-mb']);
    if (!/^\d+(\.\d+)?$/.test(String(values['max-image-mb'])) || megabytes <= 0) {
      throw new UsageError(
        `--max-image-mb ${String(values['max-image-mb'])} is not a size: give megabytes, e.g. --max-image-mb 50`,
      );
    }
  }
  return { root, baseDir, maxImageBytes: Math.round(megabytes * 1024 * 1024) };
}
