import {
  type Article,
  type Aside,
  type Author,
  type BlockContent,
  type Break,
  type Comment,
  type Conclusion,
  type Emphasis,
  type Figure,
  type FlowContent,
  type Lede,
  type Link,
  type List,
  type ListItem,
  type Meta,
  type Note,
  type NoteReference,
  type Paragraph,
  type PhrasingContent,
  type Quote,
  SCHEMA_VERSION,
  type Section,
  type Source,
  type SourceReference,
  type Strong,
  type TermItem,
  type TermList,
  type Text,
} from './model.js';

// Builders only construct plain nodes; strings become `text` nodes.

/** Inline content as builders accept it: a node or a plain string. */
export type PhrasingInput = PhrasingContent | string;
/** Paragraph content as builders accept it: a paragraph or a plain string. */
export type ParagraphInput = Paragraph | string;

/** Strings to `text` nodes; nodes pass through. */
export function phrasing(children: readonly PhrasingInput[]): PhrasingContent[] {
  return children.map((child) => (typeof child === 'string' ? text(child) : child));
}

function paragraphs(children: readonly ParagraphInput[]): Paragraph[] {
  return children.map((child) => (typeof child === 'string' ? p(child) : child));
}

/** `{ type: 'text', value }`. */
export const text = (value: string): Text => ({ type: 'text', value });
/** Emphasised text. */
export const em = (...children: PhrasingInput[]): Emphasis => ({
  type: 'emphasis',
  children: phrasing(children),
});
/** Strong (bold) text. */
export const strong = (...children: PhrasingInput[]): Strong => ({
  type: 'strong',
  children: phrasing(children),
});
/** A line break. */
export const br = (): Break => ({ type: 'break' });
/** A hyperlink; the text defaults to the URL. */
export function link(url: string, ...children: PhrasingInput[]): Link {
  return { type: 'link', url, children: phrasing(children.length > 0 ? children : [url]) };
}
/** An inline citation of a source by id. */
export function cite(sourceId: string, locator?: string): SourceReference {
  return locator === undefined
    ? { type: 'sourceReference', sourceId }
    : { type: 'sourceReference', sourceId, locator };
}
/** An inline note mark. */
export const noteRef = (noteId: string): NoteReference => ({ type: 'noteReference', noteId });

/** A paragraph. */
export const p = (...children: PhrasingInput[]): Paragraph => ({
  type: 'paragraph',
  children: phrasing(children),
});

/** A block quote citing `source` by id. */
export function quote(
  options: { source?: string; locator?: string; truncated?: boolean; id?: string },
  ...children: ParagraphInput[]
): Quote {
  const node = { type: 'quote' } as Quote;
  if (options.id !== undefined) node.id = options.id;
  if (options.source !== undefined) node.sourceId = options.source;
  if (options.locator !== undefined) node.locator = options.locator;
  if (options.truncated) node.truncated = true;
  node.children = paragraphs(children);
  return node;
}

/** A list item; strings become paragraphs. */
export function li(...children: (Paragraph | List | string)[]): ListItem {
  return {
    type: 'listItem',
    children: children.map((child) => (typeof child === 'string' ? p(child) : child)),
  };
}
function items(children: readonly (ListItem | string)[]): ListItem[] {
  return children.map((child) => (typeof child === 'string' ? li(child) : child));
}
/** A bullet list; strings become one-paragraph items. */
export const ul = (...children: (ListItem | string)[]): List => ({
  type: 'list',
  ordered: false,
  children: items(children),
});
/** A numbered list; strings become one-paragraph items. */
export function ol(options: { start?: number }, ...children: (ListItem | string)[]): List {
  const node: List = { type: 'list', ordered: true, children: items(children) };
  if (options.start !== undefined && options.start !== 1) node.start = options.start;
  return node;
}

/** One term and its definition. */
export function term(name: PhrasingInput | PhrasingInput[], ...definition: ParagraphInput[]): TermItem {
  return {
    type: 'termItem',
    term: phrasing(Array.isArray(name) ? name : [name]),
    children: paragraphs(definition),
  };
}
/** A term list. */
export const terms = (...children: TermItem[]): TermList => ({ type: 'termList', children });

/** A figure: image, alt text, caption and credit. */
export function figure(options: Omit<Figure, 'type' | 'caption'> & { caption?: PhrasingInput[] }): Figure {
  const { caption, ...rest } = options;
  const node: Figure = { type: 'figure', ...rest };
  if (caption !== undefined) node.caption = phrasing(caption);
  return node;
}

/** An editor's box set apart from the text. */
export function aside(options: { label?: string }, ...children: (Paragraph | List | string)[]): Aside {
  const node = { type: 'aside' } as Aside;
  if (options.label !== undefined) node.label = options.label;
  node.children = children.map((child) => (typeof child === 'string' ? p(child) : child));
  return node;
}

/** The lede; strings become paragraphs. */
export const lede = (...children: ParagraphInput[]): Lede => ({
  type: 'lede',
  children: paragraphs(children),
});

/** A section or subsection; `heading` may be a string. */
export function section(
  heading: PhrasingInput | PhrasingInput[],
  children: (BlockContent | Section | string)[],
  options: { number?: string; id?: string } = {},
): Section {
  const node: Section = { type: 'section' } as Section;
  if (options.id !== undefined) node.id = options.id;
  if (options.number !== undefined) node.number = options.number;
  node.heading = phrasing(Array.isArray(heading) ? heading : [heading]);
  node.children = children.map((child) => (typeof child === 'string' ? p(child) : child));
  return node;
}

/** The conclusion; `heading` may be omitted for the language's default. */
export function conclusion(
  heading: PhrasingInput | PhrasingInput[] | undefined,
  children: (BlockContent | string)[],
  options: { id?: string } = {},
): Conclusion {
  const node: Conclusion = { type: 'conclusion' } as Conclusion;
  if (options.id !== undefined) node.id = options.id;
  if (heading !== undefined) node.heading = phrasing(Array.isArray(heading) ? heading : [heading]);
  node.children = children.map((child) => (typeof child === 'string' ? p(child) : child));
  return node;
}

/** A source entry. */
export const source = (options: Source): Source => ({ ...options });

/** A numbered note. */
export const note = (id: string, ...children: ParagraphInput[]): Note => ({
  type: 'note',
  id,
  children: paragraphs(children),
});

/** A reader comment. */
export function comment(
  options: { author?: string; published?: string; id?: string },
  ...children: ParagraphInput[]
): Comment {
  return { type: 'comment', ...options, children: paragraphs(children) };
}

/** A byline entry. */
export const author = (name: string, role?: string): Author =>
  role === undefined ? { name } : { name, role };

/** A whole article. Optional trailing matter is left out when empty. */
export function article(options: {
  meta: Meta;
  children: (FlowContent | string)[];
  sources?: Source[];
  notes?: Note[];
  comments?: Comment[];
  id?: string;
}): Article {
  const node: Article = { type: 'article', schemaVersion: SCHEMA_VERSION } as Article;
  if (options.id !== undefined) node.id = options.id;
  node.meta = options.meta;
  node.children = options.children.map((child) => (typeof child === 'string' ? p(child) : child));
  node.sources = options.sources ?? [];
  if (options.notes && options.notes.length > 0) node.notes = options.notes;
  if (options.comments && options.comments.length > 0) node.comments = options.comments;
  return node;
}
