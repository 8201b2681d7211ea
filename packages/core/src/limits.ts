import { formatPath, InputError, type InputProblem } from './errors.js';
import type { Article, Node } from './model.js';
import { toPlainText, walk } from './visit.js';

/**
 * How much input Kiji reads. Every step is linear or close to it in the size of its input,
 * but a render service must answer every request in bounded time and memory, so input beyond
 * these sizes is refused with a message saying which limit and how to raise it.
 */
export interface InputLimits {
  /** Largest input text, in UTF-8 bytes. */
  maxInputBytes?: number;
  /** Most block nodes (paragraphs, sections, list items, quotes, …) in one article. */
  maxBlocks?: number;
  /** Longest field, in characters: a title, kicker, heading, caption, name, URL or tag. */
  maxFieldChars?: number;
  /** Longest paragraph (any run of text set as one block), in characters. */
  maxParagraphChars?: number;
}

/**
 * Generous defaults: 5 MB of text, 20,000 blocks (a long briefing is 100 KB and 500), 2,000
 * characters in a field (a headline is under 100) and 20,000 in one paragraph (a long one is
 * 1,000). One paragraph is laid out as one piece across all its pages, at a cost that grows
 * faster than its length: a 62,500-character one took 41 s to print, a 250,000 one over 300 s.
 */
export const DEFAULT_LIMITS: Readonly<Required<InputLimits>> = {
  maxInputBytes: 5 * 1024 * 1024,
  maxBlocks: 20_000,
  maxFieldChars: 2_000,
  maxParagraphChars: 20_000,
};

/** How the caller lets its users raise each limit, for the message (`--max-input`). */
export interface LimitNames {
  maxInputBytes: string;
  maxBlocks: string;
  /** Default: the library option's name. */
  maxFieldChars?: string;
  maxParagraphChars?: string;
}

const API_NAMES: Required<LimitNames> = {
  maxInputBytes: 'the maxInputBytes option',
  maxBlocks: 'the maxBlocks option',
  maxFieldChars: 'the maxFieldChars option',
  maxParagraphChars: 'the maxParagraphChars option',
};

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        bytes += 4;
        index++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** `5 MB`, `300 kB`, `120 bytes`: sizes as a reader says them (1 MB = 1,048,576 bytes). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} kB`;
  return `${bytes} bytes`;
}

/** Throw an `InputError` when a text of `bytes` UTF-8 bytes is over `maxInputBytes`. */
export function checkInputBytes(
  bytes: number,
  limits: InputLimits = {},
  file?: string,
  names: LimitNames = API_NAMES,
): void {
  const max = limits.maxInputBytes ?? DEFAULT_LIMITS.maxInputBytes;
  if (bytes <= max) return;
  throw new InputError(
    [
      {
        path: '',
        // A pipe is read only one byte past the limit, so its size is not told.
        message: `the input is larger than the ${formatSize(max)} Kiji reads${bytes > max + 1 ? ` (${formatSize(bytes)})` : ''}: split the article, or raise the limit with ${names.maxInputBytes}`,
      },
    ],
    file,
  );
}

/** Throw an `InputError` when `text` is over `maxInputBytes`. Cheap for short texts. */
export function checkInputSize(
  text: string,
  limits: InputLimits = {},
  file?: string,
  names: LimitNames = API_NAMES,
): void {
  const max = limits.maxInputBytes ?? DEFAULT_LIMITS.maxInputBytes;
  // A UTF-16 unit is 1 to 3 UTF-8 bytes: only count when the answer is not obvious.
  if (text.length * 3 <= max) return;
  checkInputBytes(text.length > max ? text.length : utf8Length(text), limits, file, names);
}

const BLOCK_TYPES = new Set([
  'section',
  'conclusion',
  'lede',
  'paragraph',
  'quote',
  'list',
  'listItem',
  'termList',
  'termItem',
  'figure',
  'aside',
  'note',
  'comment',
]);

/** The number of block nodes in the article: its body, notes and comments. */
export function countBlocks(article: Article): number {
  let count = 0;
  const stack: unknown[] = [...article.children, ...(article.notes ?? []), ...(article.comments ?? [])];
  while (stack.length > 0) {
    const node = stack.pop() as { type?: string; children?: unknown[] };
    if (node === null || typeof node !== 'object' || !BLOCK_TYPES.has(node.type ?? '')) continue;
    count++;
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child);
  }
  return count;
}

/** Nodes of running text: a block whose children are these is one paragraph to lay out. */
const PHRASING = new Set(['text', 'emphasis', 'strong', 'link', 'break', 'sourceReference', 'noteReference']);

/** Short texts set on one or a few lines: a heading, a caption, a term. */
const FIELD_LISTS = ['heading', 'caption', 'term'] as const;

/** Strings not measured as fields: the text itself (counted per paragraph) and image data. */
const NOT_FIELDS = new Set(['type', 'value', 'src']);

/**
 * Every field over `maxFieldChars` (metadata, sources, headings, captions, names, URLs) and
 * every paragraph over `maxParagraphChars`, with its JSON path. Linear in the article.
 */
export function findLongTexts(
  article: Article,
  limits: InputLimits = {},
  names: LimitNames = API_NAMES,
): InputProblem[] {
  const maxField = limits.maxFieldChars ?? DEFAULT_LIMITS.maxFieldChars;
  const maxParagraph = limits.maxParagraphChars ?? DEFAULT_LIMITS.maxParagraphChars;
  const fieldName = names.maxFieldChars ?? API_NAMES.maxFieldChars;
  const problems: InputProblem[] = [];
  const field = (path: (string | number)[], length: number) => {
    if (length > maxField) {
      problems.push({
        path: formatPath(path),
        message: `${length} characters, more than the ${maxField} Kiji sets in one field (a title, heading, caption, name or URL): shorten it, or raise the limit with ${fieldName}`,
      });
    }
  };
  const strings = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') field(path, value.length);
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value))
        strings(item, [...path, Array.isArray(value) ? Number(key) : key]);
  };
  strings(article.meta, ['meta']);
  strings(article.sources, ['sources']);
  for (const { node, path } of walk(article)) {
    const record = node as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string' && !NOT_FIELDS.has(key) && node.type !== 'article')
        field([...path, key], value.length);
    }
    for (const key of FIELD_LISTS) {
      const list = record[key];
      if (Array.isArray(list)) field([...path, key], toPlainText(list as Node[]).length);
    }
    const children = record.children;
    if (
      node.type !== 'article' &&
      Array.isArray(children) &&
      children.some((child) => PHRASING.has(child?.type))
    ) {
      const length = toPlainText(children as Node[]).length;
      if (length > maxParagraph) {
        problems.push({
          path: formatPath(path),
          message: `a paragraph of ${length} characters, more than the ${maxParagraph} Kiji sets in one: split it into paragraphs, or raise the limit with ${names.maxParagraphChars ?? API_NAMES.maxParagraphChars}`,
        });
      }
    }
  }
  return problems;
}

/**
 * Throw an `InputError` when the article has more than `maxBlocks` blocks, or a field or a
 * paragraph longer than its limit (each named by its JSON path).
 */
export function checkArticleSize(
  article: Article,
  limits: InputLimits = {},
  file?: string,
  names: LimitNames = API_NAMES,
): void {
  const max = limits.maxBlocks ?? DEFAULT_LIMITS.maxBlocks;
  const blocks = countBlocks(article);
  if (blocks <= max) {
    const long = findLongTexts(article, limits, names);
    if (long.length > 0) throw new InputError(long, file);
    return;
  }
  throw new InputError(
    [
      {
        path: '',
        message: `the article has ${blocks} blocks (paragraphs, list items, sections…), more than the ${max} Kiji renders: split the article, or raise the limit with ${names.maxBlocks}`,
      },
    ],
    file,
  );
}
