import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type Article,
  checkArticleSize,
  checkInputBytes,
  checkInputSize,
  DEFAULT_LIMITS,
  InputError,
  type InputLimits,
} from '@kiji/core';
// Each format's importer is loaded when an article of that format is read.
import {
  type ArticleFormat,
  formatOf,
  formatWarning,
  type LoadOptions,
  type LoadResult,
  loadHtmlDecoder,
  loadReader,
} from '@kiji/load/lazy';
import { CLI_LIMIT_NAMES } from './input-limits.js';
import { STDIO, UsageError } from './io.js';

/** Where an article comes from besides its path: `--from` and standard input. */
export interface ArticleInput {
  /** `--from`: the format when the name has no telling extension (`json`, `md` or `txt`). */
  from?: unknown;
  /** Standard input, read up to a byte past the input limit; needed when the path is `-`. */
  readStdin?: (maxBytes: number) => Promise<Uint8Array>;
  /** `--max-input` and `--max-blocks`; the defaults of `@kiji/core` when absent. */
  limits?: InputLimits;
  /** How to read the article: the scraped-text importer's options (`kiji import --smart-quotes`). */
  load?: LoadOptions;
}

const FROM: Readonly<Record<string, ArticleFormat>> = {
  json: 'json',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
};

/** The `--from` option in the command's options. */
export const fromOption = { from: { type: 'string' as const } };

/** The help line of `--from`. */
export const FROM_HELP =
  "  --from json|md|txt|html  the article's format, for - (standard input) or a name without its extension";

/**
 * The format of an article: `--from` when given (a usage error when it names no format), else
 * the extension; standard input (`-`) needs `--from`. Checked before anything is read.
 */
export function articleFormat(path: string, from: unknown): ArticleFormat {
  if (from !== undefined) {
    const format = FROM[String(from).toLowerCase()];
    if (!format) throw new UsageError(`--from ${String(from)}: use json, md, txt or html`);
    return format;
  }
  if (path === STDIO)
    throw new UsageError('an article read from standard input (-) needs --from json, md, txt or html');
  return formatOf(path);
}

/**
 * Read an article file (`.json`, `.md` / `.markdown`, `.txt` scraped text or a saved `.html` page) and validate it;
 * problems name the file as given. Warnings (guesses made while importing text) are printed to
 * `stderr` as `file:line: warning: message` when it is passed.
 */
export async function loadArticle(
  path: string,
  cwd: string,
  stderr?: (text: string) => void,
  input: ArticleInput = {},
): Promise<Article> {
  const { article } = await loadArticleResult(path, cwd, stderr, input);
  return article;
}

/** Like {@link loadArticle}, also returning the warnings. */
export async function loadArticleResult(
  path: string,
  cwd: string,
  stderr?: (text: string) => void,
  input: ArticleInput = {},
): Promise<LoadResult> {
  // Refuse an unsupported extension or a missing --from before touching the file.
  const format = articleFormat(path, input.from);
  const name = path === STDIO ? '<stdin>' : path;
  let text: string;
  if (path === STDIO) {
    if (!input.readStdin) throw new UsageError('there is no standard input to read the article (-) from');
    // One byte past the limit tells an input over it; reading stops there.
    const bytes = await input.readStdin((input.limits?.maxInputBytes ?? DEFAULT_LIMITS.maxInputBytes) + 1);
    checkInputBytes(bytes.length, input.limits, name, CLI_LIMIT_NAMES);
    text = format === 'html' ? (await loadHtmlDecoder())(bytes, name).text : decodeArticleText(bytes, name);
  } else text = await readArticleText(path, cwd, input.limits, format);
  checkInputSize(text, input.limits, name, CLI_LIMIT_NAMES);
  const read = await loadReader(format);
  let result: LoadResult;
  try {
    result = read(text, name, input.load);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    throw new InputError(
      [{ path: '', message: 'the article is nested too deeply to read (thousands of levels): flatten it' }],
      name,
    );
  }
  checkArticleSize(result.article, input.limits, name, CLI_LIMIT_NAMES);
  if (stderr) for (const warning of result.warnings) stderr(`${formatWarning(warning, name)}\n`);
  return result;
}

/**
 * The file's text; problems (missing, a directory, empty, not UTF-8, over the size limit) are
 * `InputError`s naming the file as given, with the line and column of the first byte that is
 * not UTF-8. Never reads more than the limit allows, whatever the file is (a pipe, a device).
 */
export async function readArticleText(
  path: string,
  cwd: string,
  limits: InputLimits = {},
  format?: ArticleFormat,
): Promise<string> {
  const max = limits.maxInputBytes ?? DEFAULT_LIMITS.maxInputBytes;
  let read: { bytes?: Buffer; size: number };
  try {
    read = await readAtMost(resolve(cwd, path), max + 1);
  } catch (error) {
    throw new InputError([{ path: '', message: describeReadError(error) }], path);
  }
  checkInputBytes(read.size, limits, path, CLI_LIMIT_NAMES);
  // A saved web page declares its own encoding (UTF-8, Shift_JIS or EUC-JP).
  return format === 'html'
    ? (await loadHtmlDecoder())(read.bytes!, path).text
    : decodeArticleText(read.bytes!, path);
}

/**
 * The bytes of a file when it has fewer than `limit`, else only its size (at least `limit`):
 * a regular file's size is known before reading, and a pipe or device is read no further.
 */
async function readAtMost(file: string, limit: number): Promise<{ bytes?: Buffer; size: number }> {
  const handle = await open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    if (size >= limit) return { size };
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.alloc(Math.min(1 << 20, limit - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return total >= limit ? { size: total } : { bytes: Buffer.concat(chunks), size: total };
  } finally {
    await handle.close();
  }
}

/** The bytes as UTF-8 text, refused (naming `path`) when they are not a non-empty text file. */
export function decodeArticleText(bytes: Uint8Array, path: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (utf16) {
      throw new InputError([{ path: '', message: 'the file is UTF-16 text: save it as UTF-8' }], path);
    }
    const { line, column } = firstInvalidUtf8(bytes);
    throw new InputError(
      [{ path: '', line, column, message: 'the file is not UTF-8 text: save it as UTF-8' }],
      path,
    );
  }
  if (text.includes('\0')) {
    throw new InputError(
      [
        {
          path: '',
          message: 'the file holds NUL bytes, so it is not a text file: give a .json, .md or .txt article',
        },
      ],
      path,
    );
  }
  if (text.trim() === '') {
    throw new InputError([{ path: '', message: 'the file is empty: write an article into it' }], path);
  }
  return text;
}

function describeReadError(error: unknown): string {
  switch ((error as { code?: string }).code) {
    case 'ENOENT':
      return 'no such file or directory: check the path';
    case 'EISDIR':
      return 'is a directory: give an article file (.json, .md or .txt)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: make the file readable';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder: check the path';
    default:
      return `cannot read the file: ${(error as Error).message ?? String(error)}`;
  }
}

/** 1-based line and column (in characters) of the first byte sequence that is not UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let column = 1;
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0) break;
    try {
      decoder.decode(bytes.subarray(index, index + length));
    } catch {
      break;
    }
    if (lead === 0x0a) {
      line++;
      column = 1;
    } else column++;
    index += length;
  }
  return { line, column };
}

const isStackOverflow = (error: unknown) =>
  error instanceof RangeError && /call stack size/i.test(error.message);
