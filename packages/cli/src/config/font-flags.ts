import { resolve } from 'node:path';
import { InputError } from '@kiji/core';
import type { FontOptions } from '@kiji/pdf';
import { UsageError } from '../io.js';
import { fontFileProblem } from './font-file.js';

/** `--font ROLE=FILE` roles: the family of FontOptions and the face. */
export const FONT_ROLES = {
  serif: ['serif', 'normal'],
  'serif-bold': ['serif', 'bold'],
  sans: ['sans', 'normal'],
  'sans-bold': ['sans', 'bold'],
  italic: ['italic', 'normal'],
  'italic-bold': ['italic', 'bold'],
  fallback: ['fallback', 'normal'],
} as const;

export type FontRole = keyof typeof FONT_ROLES;

/** Split `serif=fonts/Mincho.otf`; a usage error names the roles. */
export function parseFontFlag(text: string): { role: FontRole; file: string } {
  const at = text.indexOf('=');
  const role = text.slice(0, Math.max(at, 0));
  const file = text.slice(at + 1);
  if (at < 0 || !(role in FONT_ROLES) || file === '') {
    throw new UsageError(
      `--font "${text}": expected ROLE=FILE, ROLE one of ${Object.keys(FONT_ROLES).join(', ')} (e.g. --font serif=fonts/Mincho.otf)`,
    );
  }
  return { role: role as FontRole, file };
}

/**
 * The fonts named by `--font` values (after kiji.config.json's were added, as absolute paths),
 * each file checked: a missing file or one that is not TTF/OTF is an error naming it.
 */
export async function fontOptionsOf(
  values: Record<string, unknown>,
  cwd: string,
): Promise<FontOptions | undefined> {
  const entries = (values.font as string[] | undefined) ?? [];
  if (entries.length === 0) return undefined;
  const fonts: { [family: string]: { normal?: string; bold?: string } } = {};
  const fallback: string[] = [];
  for (const text of entries) {
    const { role, file } = parseFontFlag(text);
    const path = resolve(cwd, file);
    const problem = await fontFileProblem(path);
    if (problem) throw new InputError([{ path: '', message: `${problem} (--font ${role}=…)` }], file);
    const [family, face] = FONT_ROLES[role];
    if (family === 'fallback') fallback.push(path);
    else fonts[family] = { ...fonts[family], [face]: path };
  }
  const options: FontOptions = {};
  for (const [family, pair] of Object.entries(fonts)) {
    if (!pair.normal) {
      throw new UsageError(`--font ${family}-bold needs the regular face too: add --font ${family}=FILE`);
    }
    (options as Record<string, unknown>)[family] = pair;
  }
  if (fallback.length > 0) options.fallback = fallback;
  return options;
}
