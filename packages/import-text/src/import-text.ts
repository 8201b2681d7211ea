import { type Article, isInputError, parseArticle, SCHEMA_VERSION } from '@kiji/core';
import { buildArticle, resolveLanguage } from './steps/build-article.js';
import { citeDatelines } from './steps/cite-datelines.js';
import { dropBoilerplate } from './steps/drop-boilerplate.js';
import { findBlocks } from './steps/find-blocks.js';
import { findComments } from './steps/find-comments.js';
import { findDatelines } from './steps/find-datelines.js';
import { findLists } from './steps/find-lists.js';
import { findMasthead } from './steps/find-masthead.js';
import { findQuotes } from './steps/find-quotes.js';
import { findSections } from './steps/find-sections.js';
import { findSources } from './steps/find-sources.js';
import { findThread } from './steps/find-thread.js';
import { polishText } from './steps/polish-text.js';
import { splitLines } from './steps/split-lines.js';
import { detectLanguage } from './text.js';
import type { Context, ImportTextOptions, ImportWarning } from './types.js';

/** What `importText` returns: a valid article and what was dropped or guessed. */
export interface ImportTextResult {
  /** The article; always passes `parseArticle`. */
  article: Article;
  /** Dropped lines, guesses and fallbacks, in the order they happened. */
  warnings: ImportWarning[];
}

/**
 * Turn the plain text of a news or blog page into a Kiji article. Never throws: text that
 * cannot be structured becomes plain paragraphs, with warnings saying so.
 *
 * @example
 * const { article, warnings } = importText(readFileSync('page.txt', 'utf8'), { file: 'page.txt' });
 */
export function importText(text: string, options: ImportTextOptions = {}): ImportTextResult {
  const input = typeof text === 'string' ? text : text == null ? '' : String(text);
  const warnings: ImportWarning[] = [];
  try {
    const article = runPipeline(input, options ?? {}, warnings);
    return { article: parseArticle(article, options?.file), warnings };
  } catch (error) {
    return importPlainParagraphs(input, options ?? {}, error);
  }
}

/** The named steps, in order. */
function runPipeline(text: string, options: ImportTextOptions, warnings: ImportWarning[]): Article {
  const allLines = splitLines(text, warnings);
  const { comments, lines: withoutComments } = findComments(allLines);
  const withoutFurniture = dropBoilerplate(withoutComments, warnings);
  const context: Context = { warnings, options, language: 'en' };
  context.language = resolveLanguage(
    options.language,
    detectLanguage(withoutFurniture.map((line) => line.text).join('\n')),
    context,
  );
  const thread = findThread(withoutFurniture, warnings);
  const masthead = findMasthead(thread.lines, allLines.map((line) => line.text).join('\n'), warnings);
  const datelines = findDatelines(masthead.lines, warnings);
  if (datelines.first !== undefined) {
    masthead.masthead.place = datelines.first.place;
    if (datelines.first.author !== undefined && masthead.masthead.authors.length === 0)
      masthead.masthead.authors.push({ name: datelines.first.author });
  }
  const blocks = [...findBlocks(datelines.lines), ...thread.posts].sort((a, b) => a.line - b.line);
  let draft = findSections(blocks, masthead.masthead);
  draft = findQuotes(draft, context);
  draft = findSources(draft, context);
  draft.sources = [...(draft.sources ?? []), ...thread.sources];
  draft = citeDatelines(draft, datelines.all);
  draft = findLists(draft);
  const article = polishText(buildArticle(draft, masthead, context), options);
  if (comments.length > 0) article.comments = comments;
  return article;
}

/** The worst case: every non-blank line a paragraph, with a warning naming what went wrong. */
export function importPlainParagraphs(
  text: string,
  options: ImportTextOptions,
  error: unknown,
): ImportTextResult {
  const warnings: ImportWarning[] = [];
  const reason = isInputError(error)
    ? error.problems[0]?.message
    : error instanceof Error
      ? error.message
      : String(error);
  warnings.push({
    code: 'fallback',
    message: `could not recognise the page structure (${reason ?? 'unknown problem'}); imported as plain paragraphs`,
  });
  let lines: string[] = [];
  try {
    lines = splitLines(text, warnings)
      .map((line) => line.text)
      .filter((line) => line !== '');
  } catch {
    lines = [];
  }
  const language = detectLanguage(lines.join('\n'));
  const title = lines[0] === undefined ? 'Untitled' : [...lines[0]].slice(0, 80).join('');
  const published =
    options.published !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(options.published)
      ? options.published
      : undefined;
  const article: Article = {
    type: 'article',
    schemaVersion: SCHEMA_VERSION,
    meta: { title, language, ...(published === undefined ? {} : { published }) },
    children: lines.map((line) => ({ type: 'paragraph', children: [{ type: 'text', value: line }] })),
    sources: [],
  };
  try {
    return { article: parseArticle(article, options.file), warnings };
  } catch {
    const empty: Article = {
      ...article,
      meta: { title: 'Untitled', language: 'en' },
      children: [],
    };
    return { article: empty, warnings };
  }
}
