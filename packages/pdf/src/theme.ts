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
  colors: ThemeColors;
  margins: ThemeMargins;
}

/** A partial theme: every field optional, nested objects merged field by field. */
export interface ThemeOverrides {
  baseSize?: number;
  lineHeight?: number;
  measure?: number;
  latinMeasure?: number;
  latinAlign?: 'start' | 'justify';
  colors?: Partial<ThemeColors>;
  margins?: Partial<ThemeMargins>;
}

/** The default theme: 10.5 pt Mincho, 40-character measure, generous leading, ink-like colours. */
export const defaultTheme: Theme = Object.freeze({
  baseSize: 10.5,
  lineHeight: 1.8,
  measure: 40,
  latinMeasure: 34,
  latinAlign: 'start',
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
}) as Theme;

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
  };
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
