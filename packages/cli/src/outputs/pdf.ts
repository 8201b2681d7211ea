import { FONT_ROLES, fontOptionsOf } from '../config/font-flags.js';
import { PAGE_SIZES } from '../config/render-settings.js';
import { themeOf } from '../config/theme-file.js';
import { UsageError } from '../io.js';
import type { OutputFormat } from './output.js';

/**
 * `kiji render <article> --pdf FILE [--page-size SIZE] [--print [--bleed MM] [--slug]]
 * [--signature 4|8|16]`: a briefing PDF, print-ready with `--print`.
 */
export const pdf: OutputFormat = {
  flag: 'pdf',
  description: 'write a briefing PDF (Japanese typesetting, outline, sources with QR codes)',
  options: {
    'page-size': { type: 'string', description: 'PDF page size: A4 (default), JIS-B5, A5 or Letter' },
    print: {
      type: 'boolean',
      description: 'print-ready PDF: bleed, crop marks (トンボ), CMYK ink, PDF/X-4 output intent',
    },
    bleed: { type: 'string', description: 'bleed in mm with --print (default 3)' },
    slug: { type: 'boolean', description: 'with --print, a slug line outside the bleed: page, date, title' },
    signature: {
      type: 'string',
      description: 'pad the page count to a multiple of 4, 8 or 16 with numbered blank pages',
    },
    font: {
      type: 'string',
      multiple: true,
      description: `PDF font ROLE=FILE (TTF/OTF), ROLE one of ${Object.keys(FONT_ROLES).join(', ')}; repeatable`,
    },
    theme: { type: 'string', description: 'PDF theme: a JSON file (see @kiji/pdf theme.schema.json)' },
  },
  async check(values, io) {
    await pageSizeOf(values);
    printOf(values);
    signatureOf(values);
    await fontOptionsOf(values, io.cwd);
    await themeOf(values, io.cwd);
  },
  async render(article, { values, files }, io) {
    const { renderPdf, useShapingCache } = await import('@kiji/pdf');
    useShapingCache(io.cacheDirectory);
    const pageSize = await pageSizeOf(values);
    const print = printOf(values);
    const signature = signatureOf(values);
    const fonts = await fontOptionsOf(values, io.cwd);
    const theme = await themeOf(values, io.cwd);
    return renderPdf(article, {
      pageSize,
      ...files,
      ...(fonts ? { fonts } : {}),
      ...(theme ? { theme } : {}),
      ...(print ? { print } : {}),
      ...(signature ? { signature } : {}),
      onWarning: ({ path, message }) => io.stderr(`warning: ${path}: ${message}\n`),
    });
  },
};

/** The print settings, or undefined without --print; --bleed and --slug need --print. */
export function printOf(values: Record<string, unknown>): { bleed?: number; slug?: boolean } | undefined {
  if (!values.print) {
    for (const name of ['bleed', 'slug']) {
      if (values[name] !== undefined)
        throw new UsageError(`--${name} applies to --print only: add --print or drop --${name}`);
    }
    return undefined;
  }
  const print: { bleed?: number; slug?: boolean } = {};
  if (values.bleed !== undefined) {
    const text = String(values.bleed);
    const bleed = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || bleed > 20) {
      throw new UsageError(`--bleed "${text}" is not a bleed in millimetres: give 0 to 20 (3 is usual)`);
    }
    print.bleed = bleed;
  }
  if (values.slug) print.slug = true;
  return print;
}

/** The --signature value, checked. */
export function signatureOf(values: Record<string, unknown>): 4 | 8 | 16 | undefined {
  if (values.signature === undefined) return undefined;
  const text = String(values.signature);
  if (text !== '4' && text !== '8' && text !== '16') {
    throw new UsageError(`--signature "${text}" is not a page count per signature: use 4, 8 or 16`);
  }
  return Number(text) as 4 | 8 | 16;
}

/** The --page-size value, checked; A4 when not given. */
export async function pageSizeOf(values: Record<string, unknown>) {
  // Checked against the names the config file takes (a test keeps them equal to @kiji/pdf's):
  // loading react-pdf and the fonts here would cost a second that validate and lint need not
  // pay, and that a batch would pay in its main thread, before its workers start.
  const pageSize = values['page-size'] === undefined ? 'A4' : String(values['page-size']);
  if (!(PAGE_SIZES as readonly string[]).includes(pageSize)) {
    throw new UsageError(`unknown --page-size "${pageSize}": use one of ${PAGE_SIZES.join(', ')}`);
  }
  return pageSize as (typeof PAGE_SIZES)[number];
}
