/**
 * The Kiji article model: plain JSON data, a discriminated union on `type`.
 * `JSON.parse(JSON.stringify(article))` gives back the same article.
 */

/** The schema version this build of Kiji reads and writes. */
export const SCHEMA_VERSION = 1 as const;

// ---------------------------------------------------------------------------
// Phrasing (inline) content
// ---------------------------------------------------------------------------

/** A run of plain text. */
export interface Text {
  type: 'text';
  /** The characters, exactly as they should read. */
  value: string;
}

/** Stressed text (rendered italic in Latin, sesame dots or Gothic in Japanese). */
export interface Emphasis {
  type: 'emphasis';
  /** The emphasised content. */
  children: PhrasingContent[];
}

/** Strongly important text (bold). */
export interface Strong {
  type: 'strong';
  /** The important content. */
  children: PhrasingContent[];
}

/** A hyperlink. Renderers only link http(s) and mailto URLs; others are shown as text. */
export interface Link {
  type: 'link';
  /** Target URL. */
  url: string;
  /** Optional advisory title. */
  title?: string;
  /** The link text. */
  children: PhrasingContent[];
}

/** A forced line break inside a paragraph. */
export interface Break {
  type: 'break';
}

/** An inline citation of an entry in `article.sources`, rendered as a numbered mark. */
export interface SourceReference {
  type: 'sourceReference';
  /** The `id` of the cited source. */
  sourceId: string;
  /** Where in the source (page, timestamp, paragraph), e.g. `"9:53"`. */
  locator?: string;
}

/** An inline mark pointing at an entry in `article.notes`. */
export interface NoteReference {
  type: 'noteReference';
  /** The `id` of the note. */
  noteId: string;
}

/** Anything allowed inside a paragraph or heading. */
export type PhrasingContent = Text | Emphasis | Strong | Link | Break | SourceReference | NoteReference;

// ---------------------------------------------------------------------------
// Block content
// ---------------------------------------------------------------------------

/** A paragraph of running text. */
export interface Paragraph {
  type: 'paragraph';
  /** The paragraph's text. */
  children: PhrasingContent[];
}

/** A block quotation from a cited source. */
export interface Quote {
  type: 'quote';
  /** Optional unique id (anchor). */
  id?: string;
  /** The `id` of the quoted source in `article.sources`. */
  sourceId?: string;
  /** Where in the source the quote is found (page, timestamp), e.g. `"9:53"`. */
  locator?: string;
  /** True when the quoted text is cut off in the original; renderers show a mark. */
  truncated?: boolean;
  /** The quoted paragraphs. */
  children: Paragraph[];
}

/** One item of a bullet or numbered list. */
export interface ListItem {
  type: 'listItem';
  /** The item's paragraphs and nested lists. */
  children: (Paragraph | List)[];
}

/** A bullet (`ordered: false`) or numbered (`ordered: true`) list. */
export interface List {
  type: 'list';
  /** Numbered when true. */
  ordered: boolean;
  /** First number of a numbered list (default 1). */
  start?: number;
  /** The items. */
  children: ListItem[];
}

/** A term and its definition, e.g. 抑止力 / 敵対的な行動を未然に防ぐ力. */
export interface TermItem {
  type: 'termItem';
  /** The term being defined. */
  term: PhrasingContent[];
  /** The definition's paragraphs. */
  children: Paragraph[];
}

/** A glossary-like list of terms and definitions. */
export interface TermList {
  type: 'termList';
  /** The terms, in order. */
  children: TermItem[];
}

/** An image with its alt text, caption and credit. */
export interface Figure {
  type: 'figure';
  /** Optional unique id (anchor). */
  id?: string;
  /** Image location: a path relative to the article file, or an http(s) / data: URL. */
  src: string;
  /** Text alternative read by screen readers; required. */
  alt: string;
  /** Visible caption. */
  caption?: PhrasingContent[];
  /** Photographer or rights holder, e.g. `"写真：共同"`. */
  credit?: string;
  /** Intrinsic width in pixels, when known. */
  width?: number;
  /** Intrinsic height in pixels, when known. */
  height?: number;
}

/** An editor's box set apart from the running text (補足, callout). */
export interface Aside {
  type: 'aside';
  /** Optional label, e.g. `"補足"`. */
  label?: string;
  /** The aside's paragraphs and lists. */
  children: (Paragraph | List)[];
}

/** Content allowed wherever blocks appear (sections, conclusion, root). */
export type BlockContent = Paragraph | Quote | List | TermList | Figure | Aside;

/** The standfirst that opens the article, set apart from the body. */
export interface Lede {
  type: 'lede';
  /** The lede's paragraphs. */
  children: Paragraph[];
}

/** A numbered or unnumbered section; sections nest to make subsections. */
export interface Section {
  type: 'section';
  /** Optional unique id (anchor, bookmark). */
  id?: string;
  /** The number as printed, e.g. `"1"` or `"2.1"`; omit for unnumbered headings. */
  number?: string;
  /** The heading text. */
  heading: PhrasingContent[];
  /** Body blocks followed by subsections (in any order). */
  children: (BlockContent | Section)[];
}

/** The closing section (結論, まとめ) that sums the briefing up. */
export interface Conclusion {
  type: 'conclusion';
  /** Optional unique id (anchor). */
  id?: string;
  /** Heading text; renderers supply a default for the language when absent. */
  heading?: PhrasingContent[];
  /** The conclusion's blocks. */
  children: BlockContent[];
}

/** Anything at the top level of an article body. */
export type FlowContent = Lede | Section | Conclusion | BlockContent;

// ---------------------------------------------------------------------------
// Trailing matter
// ---------------------------------------------------------------------------

/** What a source is; drives labels and icons. */
export type SourceKind = 'article' | 'video' | 'live-stream' | 'social-post' | 'official-statement' | 'other';

/** All source kinds, in display order. */
export const SOURCE_KINDS = [
  'article',
  'video',
  'live-stream',
  'social-post',
  'official-statement',
  'other',
] as const satisfies readonly SourceKind[];

/** A cited source: a news article, a video, a statement. */
export interface Source {
  /** Unique id referenced by quotes and source references. */
  id: string;
  /** The outlet or channel, e.g. `"読売新聞"`, `"ANNnewsCH"`. */
  outlet: string;
  /** The title of the article or video. */
  title?: string;
  /** Where to find it (http or https). */
  url?: string;
  /** What kind of source it is. */
  kind: SourceKind;
  /** Author or speaker, when named. */
  author?: string;
  /** Publication date (ISO 8601 date or date-time). */
  published?: string;
  /** When the source was last checked (ISO 8601 date or date-time). */
  accessed?: string;
}

/** A numbered note (注) at the end of the article. */
export interface Note {
  type: 'note';
  /** Unique id referenced by `noteReference`. */
  id: string;
  /** The note's paragraphs. */
  children: Paragraph[];
}

/** A reader comment kept with the article. */
export interface Comment {
  type: 'comment';
  /** Optional unique id. */
  id?: string;
  /** Display name of the commenter. */
  author?: string;
  /** When it was posted (ISO 8601). */
  published?: string;
  /** The comment's paragraphs. */
  children: Paragraph[];
}

// ---------------------------------------------------------------------------
// Metadata and root
// ---------------------------------------------------------------------------

/** A person credited in the byline. */
export interface Author {
  /** Display name, e.g. `"山田 花子"`. */
  name: string;
  /** Role shown after the name, e.g. `"編集部"`. */
  role?: string;
  /** Profile or contact URL. */
  url?: string;
}

/** The publisher or site that issues the briefing. */
export interface Publisher {
  /** Display name. */
  name: string;
  /** Home page. */
  url?: string;
}

/** Everything about the article that is not its body. */
export interface Meta {
  /** Headline. */
  title: string;
  /** Short label above the headline, e.g. `"速報"`. */
  kicker?: string;
  /** Second headline line. */
  subtitle?: string;
  /** BCP 47 language tag of the text, e.g. `"ja"`, `"en-GB"`. */
  language: string;
  /**
   * Publication date (ISO 8601 date or date-time). Also the date stamped into outputs. Absent
   * when the date is unknown: renderers then print no date line rather than a false one.
   */
  published?: string;
  /** Last update (ISO 8601 date or date-time). */
  updated?: string;
  /** Where the story was filed, as a wire dateline names it, e.g. `"ワシントン"`, `"LONDON"`. */
  place?: string;
  /** Byline. */
  authors?: Author[];
  /** Publisher or site. */
  publisher?: Publisher;
  /** Free-form keywords. */
  tags?: string[];
  /** One- or two-sentence summary used as description in metadata. */
  summary?: string;
}

/** A complete briefing: the root node. */
export interface Article {
  /** The JSON Schema the file follows (`…/article.schema.json`), for editors' completion; ignored. */
  $schema?: string;
  type: 'article';
  /** Version of the model this data follows; see `SCHEMA_VERSION`. */
  schemaVersion: typeof SCHEMA_VERSION;
  /** Optional stable id, used by multi-article editions. */
  id?: string;
  /** Metadata: title, language, date, byline. */
  meta: Meta;
  /** The body, in reading order. */
  children: FlowContent[];
  /** Everything quoted or referenced, in citation order. */
  sources: Source[];
  /** Numbered notes referenced from the text. */
  notes?: Note[];
  /** Reader comments, shown as trailing matter. */
  comments?: Comment[];
}

/** Every node type of the model. */
export type Node = Article | FlowContent | ListItem | TermItem | PhrasingContent | Note | Comment;

/** Every `type` string of the model. */
export type NodeType = Node['type'];

/** Nodes that have `children`. */
export type Parent = Extract<Node, { children: unknown[] }>;
