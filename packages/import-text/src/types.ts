import type { Author, Source } from '@kiji/core';

/** Why the importer warns: one code per kind of event, for callers that filter warnings. */
export type ImportWarningCode =
  | 'boilerplate'
  | 'masthead'
  | 'no-title'
  | 'no-date'
  | 'bad-option'
  | 'control-characters'
  | 'quote-without-body'
  | 'unsafe-link'
  | 'source-url'
  | 'separator'
  | 'thread'
  | 'dateline'
  | 'fallback';

/** Something the importer did or could not do, with the 1-based input line when it has one. */
export interface ImportWarning {
  /** 1-based line of the input text. */
  line?: number;
  /** What happened, in words a user can act on. */
  message: string;
  /** The kind of warning. */
  code: ImportWarningCode;
}

/** Options of `importText`. */
export interface ImportTextOptions {
  /** File name used in warnings and messages. */
  file?: string;
  /** Publication date (ISO 8601); wins over any date found in the text. */
  published?: string;
  /** BCP 47 language tag; wins over the detected language. */
  language?: string;
  /** Straight quotes to curly ones and ` - ` to a dash (`"a"` → `“a”`); off: the text is kept as written. */
  smartQuotes?: boolean;
  /** Full-width letters and digits (ＧＤＰ, １５日) to half-width (GDP, 15日). */
  normalizeWidth?: boolean;
}

/** One line of the input: its 1-based number and its text without trailing white space. */
export interface Line {
  /** 1-based line number in the input. */
  number: number;
  /** The text with leading and trailing white space removed. */
  text: string;
  /** Leading white space width (tabs count 4), used for nested lists. */
  indent: number;
}

/** A citation found in running text: `読売新聞の記事「title」`. */
export interface Citation {
  /** Offset of the first character of the citation (the outlet) in the paragraph text. */
  start: number;
  /** Offset just after the closing bracket. */
  end: number;
  /** Offset of the first character inside the brackets. */
  titleStart: number;
  /** Offset of the closing bracket. */
  titleEnd: number;
  /** The outlet or channel. */
  outlet: string;
  /** The cited title, with a Markdown link reduced to its text. */
  title?: string;
  /** The URL of a Markdown link inside the title. */
  url?: string;
  /** Video or article. */
  kind: 'article' | 'video';
  /** The id of the source it resolves to (set by findSources). */
  sourceId?: string;
}

/** A paragraph of running text. */
export interface ParagraphBlock {
  kind: 'paragraph';
  line: number;
  text: string;
  /** Lines that were marked as quoted (`> text`). */
  quoteMarked?: boolean;
  /** Where joined lines start in `text`, for warnings about later lines. */
  starts?: { offset: number; line: number }[];
  /** Citations found in the text (set by findSources). */
  citations?: Citation[];
  /** Sources cited at the end of the paragraph (a wire dateline's agency). */
  cites?: string[];
  /** The quote this paragraph introduces (set by findQuotes). */
  introduces?: QuoteBlock;
}

/** A bullet or numbered list item, before lists are grouped. */
export interface ListItemBlock {
  kind: 'listItem';
  line: number;
  text: string;
  ordered: boolean;
  /** The printed number of a numbered item. */
  number?: number;
  indent: number;
}

/** A heading line. */
export interface HeadingBlock {
  kind: 'heading';
  line: number;
  text: string;
  /** `section` for numbered or top-level headings, `subsection` for minor ones, `conclusion`. */
  level: 'section' | 'subsection' | 'conclusion';
  /** The number as printed, e.g. `"1"`. */
  number?: string;
}

/** A quotation with its introducing paragraph. */
export interface QuoteBlock {
  kind: 'quote';
  line: number;
  paragraphs: ParagraphBlock[];
  truncated: boolean;
  /** Where in the source: a board post's number (`>>7`). */
  locator?: string;
  /** The paragraph that introduces the quote. */
  intro?: ParagraphBlock;
  sourceId?: string;
}

/** A grouped list. */
export interface ListBlock {
  kind: 'list';
  line: number;
  ordered: boolean;
  start?: number;
  items: { text: string; line: number; children: ListBlock[] }[];
}

/** A list whose items are all `term: definition`. */
export interface TermListBlock {
  kind: 'termList';
  line: number;
  items: { term: string; definition: string; line: number }[];
}

/** Any block of the intermediate document. */
export type Block = ParagraphBlock | ListItemBlock | HeadingBlock | QuoteBlock | ListBlock | TermListBlock;

/** A section of the intermediate document. */
export interface DraftSection {
  kind: 'section';
  line: number;
  number?: string;
  heading: string;
  blocks: Block[];
  subsections: DraftSection[];
}

/** The title area: title, kicker, site label, byline. */
export interface Masthead {
  title?: string;
  titleLine?: number;
  kicker?: string;
  siteLabel?: string;
  subtitle?: string;
  authors: Author[];
  /** Where the story was filed, from a wire dateline. */
  place?: string;
}

/** The intermediate document that the steps refine. */
export interface Draft {
  masthead: Masthead;
  /** The first paragraph of the body. */
  lede?: ParagraphBlock;
  /** Blocks before the first section. */
  body: Block[];
  /** Sections and the conclusion, in reading order. */
  parts: (DraftSection | DraftConclusion)[];
  /** Cited sources in citation order (set by findSources). */
  sources?: Source[];
}

/** The closing section of the intermediate document. */
export interface DraftConclusion {
  kind: 'conclusion';
  line: number;
  heading?: string;
  blocks: Block[];
}

/** What every step may read and add to. */
export interface Context {
  warnings: ImportWarning[];
  options: ImportTextOptions;
  /** The language of the text, `ja` or `en` unless given. */
  language: string;
}
