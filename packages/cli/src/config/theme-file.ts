import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, parseJsonText } from '@kiji/core';
import type { ThemeOverrides } from '@kiji/pdf';

/** Theme files are a few hundred bytes; anything near this is not one. */
const MAX_THEME_BYTES = 1024 * 1024;

/**
 * The theme of `--theme FILE` (or kiji.config.json's `render.theme`, already checked when it is
 * an object): read and checked by @kiji/pdf's validator, every problem with its JSON path.
 */
export async function themeOf(
  values: Record<string, unknown>,
  cwd: string,
): Promise<ThemeOverrides | undefined> {
  const theme = values.theme;
  if (theme === undefined) return undefined;
  if (typeof theme !== 'string') return theme as ThemeOverrides;
  const file = resolve(cwd, theme);
  const text = await readFile(file).catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    const message =
      code === 'ENOENT'
        ? 'no such file or directory: check the --theme path'
        : code === 'EISDIR'
          ? 'is a directory: give --theme a JSON theme file'
          : `cannot be read (${code}): check the --theme path`;
    throw new InputError([{ path: '', message }], theme);
  });
  if (text.length > MAX_THEME_BYTES) {
    throw new InputError(
      [{ path: '', message: 'is larger than 1 MB: a theme file is a small JSON object' }],
      theme,
    );
  }
  const { parseTheme } = await import('@kiji/pdf');
  return parseTheme(parseJsonText(text.toString('utf8'), theme), theme);
}
