import { isJapanese } from '@kiji/core';
import { PAGE_SIZES, type PageSize } from './page-sizes.js';

/** Colours of a theme, as CSS hex strings. */
export interface ThemeColors {
  /** Running text. */
  text: string;
  /** Headings and the title. */
  heading: string;
  /** Kicker, section numbers, rules that mark structure. */
  accent: string;
  /** Dates, bylines, captions, running header and footer. */
  muted: string;
  /** Thin rules. */
  rule: string;
  /** Link text. */
  link: string;
  /** Background of asides. */
  asideBackground: string;
}

/** A process colour for print: cyan, magenta, yellow and black, each 0–100 (per cent ink). */
export type Cmyk = readonly [c: number, m: number, y: number, k: number];

/** What every theme colour becomes in print mode (`renderPdf(…, { print })`). */
export type PrintColors = { [Role in keyof ThemeColors]: Cmyk };

/** Settings that apply only to print-ready PDFs. */
export interface PrintTheme {
  /**
   * The CMYK ink of each theme colour. Black and grey roles are K only (no rich black: four
   * inks on 10.5 pt Mincho blur with the slightest misregistration).
   */
  colors: PrintColors;
}

/** Page margins in points. Left and right are minimums: a wide page centres the measure. */
export interface ThemeMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What a user may set per render; everything else is scaled from `baseSize`. */
export interface Theme {
  /** Body text size in points. */
  baseSize: number;
  /** Line height as a multiple of the font size (行送り). */
  lineHeight: number;
  /** Line length of Japanese text in characters (ems of the body size). */
  measure: number;
  /** Line length of Latin-script text in ems of the body size. */
  latinMeasure: number;
  /**
   * Paragraphs and lede of Latin-script articles: `'start'` (ragged right, the default) or
   * `'justify'` (justified; English words are then hyphenated where a line would be loose).
   * Japanese is always justified.
   */
  latinAlign: 'start' | 'justify';
  /**
   * 和欧間: space between a Japanese letter and a neighbouring Latin letter or digit, in em of
   * the text (0.25: JLReq's quarter em). 0, the default, sets none. Text extraction and copy are
   * unchanged: the space is drawn as part of the glyph before it.
   */
  latinSpacing: number;
  colors: ThemeColors;
  margins: ThemeMargins;
  /** Print-mode settings: the CMYK values of the colours. */
  print: PrintTheme;
}

/** A partial theme: every field optional, nested objects merged field by field. */
export interface ThemeOverrides {
  baseSize?: number;
  lineHeight?: number;
  measure?: number;
  latinMeasure?: number;
  latinAlign?: 'start' | 'justify';
  latinSpacing?: number;
  colors?: Partial<ThemeColors>;
  margins?: Partial<ThemeMargins>;
  print?: { colors?: Partial<PrintColors> };
}

/** The default theme: 10.5 pt Mincho, 40-character measure, generous leading, ink-like colours. */
export const defaultTheme: Theme = Object.freeze({
  baseSize: 10.5,
  lineHeight: 1.8,
  measure: 40,
  latinMeasure: 34,
  latinAlign: 'start',
  latinSpacing: 0,
  colors: Object.freeze({
    text: '#1a1a1a',
    heading: '#111111',
    accent: '#a3231f',
    muted: '#5c5c5c',
    rule: '#b8b8b8',
    link: '#1f4e8c',
    asideBackground: '#f3f1ec',
  }),
  margins: Object.freeze({ top: 62, bottom: 62, left: 56, right: 56 }),
  print: Object.freeze({
    colors: Object.freeze({
      text: [0, 0, 0, 100],
      heading: [0, 0, 0, 100],
      accent: [0, 90, 85, 25],
      muted: [0, 0, 0, 75],
      rule: [0, 0, 0, 30],
      link: [90, 60, 0, 15],
      asideBackground: [0, 2, 5, 4],
    }),
  }),
}) as unknown as Theme;

/** A theme resolved for one page size and language: every size the document uses, in points. */
export interface Layout {
  theme: Theme;
  pageSize: PageSize;
  page: { width: number; height: number };
  /** Text block width: the measure, never wider than the page allows. */
  bodyWidth: number;
  /** Left and right page margins (the text block is centred). */
  marginX: number;
  japanese: boolean;
  sizes: {
    body: number;
    small: number;
    caption: number;
    title: number;
    subtitle: number;
    kicker: number;
    lede: number;
    h2: number;
    h3: number;
    h4: number;
    header: number;
  };
}

/** Merge user overrides over the default theme (never mutating either). */
export function mergeTheme(overrides: ThemeOverrides | undefined): Theme {
  return {
    ...defaultTheme,
    ...overrides,
    colors: { ...defaultTheme.colors, ...overrides?.colors },
    margins: { ...defaultTheme.margins, ...overrides?.margins },
    print: { colors: printColors(overrides) },
  };
}

/**
 * The print ink of each role: the theme's stated value, except where a user changed the screen
 * colour and gave no print value for it; then the new colour is converted (greys to K only).
 */
function printColors(overrides: ThemeOverrides | undefined): PrintColors {
  const colors = { ...defaultTheme.print.colors };
  for (const role of Object.keys(colors) as (keyof ThemeColors)[]) {
    const stated = overrides?.print?.colors?.[role];
    const screen = overrides?.colors?.[role];
    if (stated) colors[role] = stated;
    else if (screen !== undefined && screen !== defaultTheme.colors[role]) colors[role] = rgbToCmyk(screen);
  }
  return colors;
}

/**
 * A CSS hex colour as CMYK without a colour profile: greys (r = g = b) become K only, other
 * colours the naive 1 − RGB with grey component replacement. Rounded to whole per cent.
 */
export function rgbToCmyk(hex: string): Cmyk {
  const rgb = parseHex(hex);
  if (!rgb) return [0, 0, 0, 100];
  const [r, g, b] = rgb.map((value) => value / 255) as [number, number, number];
  const k = 1 - Math.max(r, g, b);
  if (k >= 1) return [0, 0, 0, 100];
  const part = (value: number) => Math.round(((1 - value - k) / (1 - k)) * 100);
  return [part(r), part(g), part(b), Math.round(k * 100)];
}

/** `#rgb` or `#rrggbb` as 0–255 components; undefined for anything else. */
export function parseHex(hex: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  const value = Number.parseInt(digits, 16);
  return [value >> 16, (value >> 8) & 0xff, value & 0xff];
}

/** Scale every size from the theme's base size and fit the measure to the page. */
export function resolveLayout(theme: Theme, pageSize: PageSize, language: string): Layout {
  const page = PAGE_SIZES[pageSize];
  const japanese = isJapanese(language);
  const base = theme.baseSize;
  const wanted = (japanese ? theme.measure : theme.latinMeasure) * base;
  const available = page.width - theme.margins.left - theme.margins.right;
  // Japanese lines sit on a character grid: keep the block a whole number of ems wide.
  const fitted = Math.min(wanted, available);
  const bodyWidth = japanese ? Math.floor(fitted / base + 1e-6) * base : Math.floor(fitted);
  return {
    theme,
    pageSize,
    page,
    bodyWidth,
    marginX: (page.width - bodyWidth) / 2,
    japanese,
    sizes: {
      body: base,
      small: round(base * 0.82),
      caption: round(base * 0.86),
      title: round(base * 2.2),
      subtitle: round(base * 1.3),
      kicker: round(base * 0.95),
      lede: round(base * 1.1),
      h2: round(base * 1.35),
      h3: round(base * 1.15),
      h4: base,
      header: round(base * 0.78),
    },
  };
}

const round = (value: number): number => Math.round(value * 100) / 100;
