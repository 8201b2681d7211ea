// The "render" part of kiji.config.json: the settings `kiji render` takes as flags, for a project
// that always renders the same way. A flag given on the command line wins over the config; the
// config wins over the defaults.
import { dirname, resolve } from 'node:path';
import { type InputProblem, isInputError, schemaProblems } from '@kiji/core';
import { z } from 'zod';
import { fontFileProblem } from './font-file.js';
import { FONT_ROLES, type FontRole, parseFontFlag } from './font-flags.js';

/** The page sizes of @kiji/pdf (a test keeps them equal; read here without loading the renderer). */
export const PAGE_SIZES = ['A4', 'JIS-B5', 'A5', 'Letter'] as const;

const fontFile = z.string().min(1).describe('A TTF or OTF file, relative to kiji.config.json.');
const fontPair = z.union([fontFile, z.strictObject({ normal: fontFile, bold: fontFile.optional() })]);

/** The validator of `render`; the theme is checked by @kiji/pdf's own validator. */
export const RenderSettingsSchema = z
  .strictObject({
    pageSize: z.enum(PAGE_SIZES).describe('PDF page size (--page-size; default A4).'),
    print: z.boolean().describe('Print-ready PDF: bleed, crop marks, CMYK, PDF/X-4 (--print).'),
    bleed: z
      .number()
      .min(0, 'a bleed is 0 to 20 mm (3 is usual)')
      .max(20, 'a bleed is 0 to 20 mm (3 is usual)')
      .describe('Bleed in mm when print is on (--bleed; default 3).'),
    slug: z.boolean().describe('Slug line outside the bleed when print is on (--slug).'),
    signature: z.literal([4, 8, 16]).describe('Pad the PDF to a multiple of 4, 8 or 16 pages (--signature).'),
    vertical: z.boolean().describe('Vertical (縦書き) HTML and EPUB (--vertical).'),
    embedFonts: z
      .boolean()
      .describe(
        'Subset fonts inside the outputs (--embed-fonts, --no-embed-fonts): HTML carries them unless this is false, EPUB only when it is true.',
      ),
    fonts: z
      .strictObject({
        serif: fontPair.describe('Mincho: body text. A file, or { "normal", "bold" }.'),
        sans: fontPair.describe('Gothic: headings, captions, labels.'),
        italic: fontPair.describe('Emphasis in Latin-script articles.'),
        fallback: z.array(fontFile).describe('Fonts for characters the others lack, in order.'),
      })
      .partial()
      .describe('PDF fonts (--font ROLE=FILE); a role left out keeps the bundled font.'),
    theme: z
      .unknown()
      .describe('PDF theme (--theme FILE): a theme file relative to kiji.config.json, or the theme itself.'),
  })
  .partial()
  .describe('Render settings: what kiji render uses when the flag is not given.');

/** Render settings read from a config, paths made absolute. */
export interface RenderSettings {
  pageSize?: (typeof PAGE_SIZES)[number];
  print?: boolean;
  bleed?: number;
  slug?: boolean;
  signature?: 4 | 8 | 16;
  vertical?: boolean;
  embedFonts?: boolean;
  /** `--font` values (`serif=/abs/Mincho.otf`). */
  fonts?: string[];
  /** A theme file (absolute) or a checked theme. */
  theme?: string | Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Check the `render` object of the config in `file` and return it with absolute paths. Problems
 * carry their JSON path (`render.fonts.serif`) for the caller to report with the file.
 */
export async function parseRenderSettings(
  value: unknown,
  file: string,
): Promise<{ settings: RenderSettings; problems: InputProblem[] }> {
  if (value === undefined) return { settings: {}, problems: [] };
  const result = RenderSettingsSchema.safeParse(value);
  const problems = result.success
    ? []
    : schemaProblems(result.error.issues, value).map((problem) => ({
        ...problem,
        path: problem.path ? `render.${problem.path}` : 'render',
      }));
  if (!isRecord(value)) return { settings: {}, problems };
  // The keys that are right are still read, so that one run lists every problem (font files too).
  const data: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(RenderSettingsSchema.shape)) {
    const field = schema.safeParse(value[key]);
    if (field.success && field.data !== undefined) data[key] = field.data;
  }
  const dir = dirname(file);
  const { fonts, theme, ...rest } = data as z.infer<typeof RenderSettingsSchema>;
  const settings: RenderSettings = { ...rest };
  if (fonts) {
    const entries: string[] = [];
    const add = async (role: FontRole, path: string, at: string) => {
      const absolute = resolve(dir, path);
      const problem = await fontFileProblem(absolute);
      if (problem) problems.push({ path: at, message: `"${path}" ${problem}` });
      else entries.push(`${role}=${absolute}`);
    };
    for (const family of ['serif', 'sans', 'italic'] as const) {
      const pair = fonts[family];
      if (pair === undefined) continue;
      if (typeof pair === 'string') await add(family, pair, `render.fonts.${family}`);
      else {
        await add(family, pair.normal, `render.fonts.${family}.normal`);
        if (pair.bold) await add(`${family}-bold`, pair.bold, `render.fonts.${family}.bold`);
      }
    }
    for (const [index, path] of (fonts.fallback ?? []).entries())
      await add('fallback', path, `render.fonts.fallback[${index}]`);
    settings.fonts = entries;
  }
  if (typeof theme === 'string' && theme !== '') settings.theme = resolve(dir, theme);
  else if (isRecord(theme)) {
    // The theme's own validator, loaded only when a config has a theme in it.
    const { parseTheme } = await import('@kiji/pdf');
    try {
      settings.theme = parseTheme(theme) as Record<string, unknown>;
    } catch (error) {
      if (!isInputError(error)) throw error;
      for (const problem of error.problems)
        problems.push({ ...problem, path: problem.path ? `render.theme.${problem.path}` : 'render.theme' });
    }
  } else if (theme !== undefined) {
    problems.push({
      path: 'render.theme',
      message: 'expected the path of a theme file ("theme.json") or a theme object',
    });
  }
  return { settings, problems };
}

/** The option names of `kiji render` each setting stands for. */
const FLAGS = {
  pageSize: 'page-size',
  print: 'print',
  signature: 'signature',
  vertical: 'vertical',
  embedFonts: 'embed-fonts',
  theme: 'theme',
} as const;

/**
 * The command-line values with the config's settings added where no flag was given, for the
 * options of the formats being written (`accepts`): a config's page size does not make an
 * HTML-only run fail. `--font` given for a family replaces the config's fonts of that family.
 */
export function withRenderSettings(
  values: Record<string, unknown>,
  settings: RenderSettings,
  accepts: (option: string) => boolean,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...values };
  for (const [key, flag] of Object.entries(FLAGS)) {
    const setting = settings[key as keyof typeof FLAGS];
    if (setting === undefined || merged[flag] !== undefined || !accepts(flag)) continue;
    if (key === 'embedFonts' && values['no-embed-fonts'] !== undefined) continue;
    merged[flag] = typeof setting === 'number' ? String(setting) : setting;
  }
  // "embedFonts": false stands for --no-embed-fonts: the HTML embeds its fonts unless told not to.
  if (
    settings.embedFonts === false &&
    values['embed-fonts'] === undefined &&
    values['no-embed-fonts'] === undefined &&
    accepts('no-embed-fonts')
  )
    merged['no-embed-fonts'] = true;
  // Bleed and slug belong to print: only when print is on, by flag or config.
  if (merged.print === true) {
    if (settings.bleed !== undefined && merged.bleed === undefined) merged.bleed = String(settings.bleed);
    if (settings.slug !== undefined && merged.slug === undefined) merged.slug = settings.slug;
  }
  if (settings.fonts && accepts('font')) {
    const flags = (values.font as string[] | undefined) ?? [];
    const family = (role: FontRole) => FONT_ROLES[role][0];
    const given = new Set(flags.map((text) => family(parseFontFlag(text).role)));
    const fromConfig = settings.fonts.filter((text) => !given.has(family(parseFontFlag(text).role)));
    if (fromConfig.length > 0) merged.font = [...fromConfig, ...flags];
  }
  if (merged.slug === false) delete merged.slug;
  if (merged.print === false) delete merged.print;
  if (merged.vertical === false) delete merged.vertical;
  if (merged['embed-fonts'] === false) delete merged['embed-fonts'];
  return merged;
}
