// A theme as a JSON file (`kiji render --theme theme.json`, or `render.theme` in kiji.config.json):
// checked field by field, every problem reported with its JSON path, unknown keys refused.
import { InputError, schemaProblems } from '@kiji/core';
import { z } from 'zod';
import type { ThemeOverrides } from './theme.js';

const hex = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'expected a CSS hex colour such as "#a3231f" or "#333"');
const percent = z.number().min(0).max(100);
const cmyk = z.tuple([percent, percent, percent, percent]).describe('C, M, Y, K in per cent (0–100)');
const ROLES = ['text', 'heading', 'accent', 'muted', 'rule', 'link', 'asideBackground'] as const;
const byRole = <T extends z.ZodType>(value: T) =>
  z.strictObject(
    Object.fromEntries(ROLES.map((role) => [role, value.optional()])) as Record<
      (typeof ROLES)[number],
      z.ZodOptional<T>
    >,
  );
const points = z.number().min(0).max(300);

/** The validator of a theme file; its JSON Schema is `schema/theme.schema.json`. */
const ThemeFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
    baseSize: z.number().min(5).max(30).optional().describe('Body text size in points (default 10.5).'),
    lineHeight: z
      .number()
      .min(1)
      .max(3)
      .optional()
      .describe('Baseline distance as a multiple of the font size (default 1.8).'),
    measure: z
      .number()
      .int()
      .min(10)
      .max(80)
      .optional()
      .describe('Japanese line length in characters (default 40).'),
    latinMeasure: z.number().min(10).max(80).optional().describe('Latin line length in ems (default 34).'),
    latinAlign: z
      .enum(['start', 'justify'])
      .optional()
      .describe('Latin paragraphs: ragged right or justified.'),
    latinSpacing: z
      .number()
      .min(0)
      .max(0.5)
      .optional()
      .describe(
        'Space between Japanese and Latin letters or digits (和欧間), in em: 0.25 is a quarter em; 0 (the default) sets none.',
      ),
    colors: byRole(hex).optional().describe('Screen colours by role, as CSS hex.'),
    margins: z
      .strictObject({
        top: points.optional(),
        bottom: points.optional(),
        left: points.optional(),
        right: points.optional(),
      })
      .optional()
      .describe('Page margins in points; left and right are minimums.'),
    print: z
      .strictObject({ colors: byRole(cmyk).optional() })
      .optional()
      .describe('Print-ready PDFs: the CMYK ink of each colour role.'),
  })
  .describe('A Kiji PDF theme: what differs from the default theme.');

/**
 * Check a theme read from JSON and return it as `ThemeOverrides`. Throws one `InputError`
 * listing every problem with its JSON path, attributed to `file`.
 */
export function parseTheme(input: unknown, file?: string): ThemeOverrides {
  const result = ThemeFileSchema.safeParse(input);
  if (!result.success) throw new InputError(schemaProblems(result.error.issues, input), file);
  const { $schema: _schema, ...theme } = result.data;
  return theme as ThemeOverrides;
}

/** The JSON Schema (draft 2020-12) of a theme file, generated from the validator. */
export function themeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ThemeFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
