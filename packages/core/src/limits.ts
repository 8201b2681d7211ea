import { InputError } from './errors.js';
import type { Article } from './model.js';

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
}

/** Generous defaults: 5 MB of text and 20,000 blocks (a long briefing is 100 KB and 500). */
export const DEFAULT_LIMITS: Readonly<Required<InputLimits>> = {
  maxInputBytes: 5 * 1024 * 1024,
  maxBlocks: 20_000,
};

/** How the caller lets its users raise each limit, for the message (`--max-input`). */
export interface LimitNames {
  maxInputBytes: string;
  maxBlocks: string;
}

const API_NAMES: LimitNames = {
  maxInputBytes: 'the maxInputBytes option',
  maxBlocks: 'the maxBlocks option',
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

/** Throw an `InputError` when the article has more than `maxBlocks` blocks. */
export function checkArticleSize(
  article: Article,
  limits: InputLimits = {},
  file?: string,
  names: LimitNames = API_NAMES,
): void {
  const max = limits.maxBlocks ?? DEFAULT_LIMITS.maxBlocks;
  const blocks = countBlocks(article);
  if (blocks <= max) return;
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
