import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import {
  type Article,
  type Edition,
  type EditionArticle,
  type EditionMeta,
  formatProblem,
  InputError,
  isInputError,
  parseSourceDateEpoch,
} from '@kiji/core';
import { loadArticleResult, readArticleText } from './load-article.js';

/** A loaded edition, the files it was read from, and each article's file (for messages). */
export interface LoadedEdition {
  edition: Edition;
  /** Every file read: the manifest and the article files. */
  inputs: string[];
  /** The file of each article as the user would name it; the manifest for inline articles. */
  files: string[];
  /** The cover image named by the manifest, resolved against the manifest's folder. */
  cover?: string;
}

/**
 * Read `edition.json` (or `edition.md`'s front matter) and every article it names (paths relative to the manifest). Every problem
 * of every file is printed with its file and place; then one `InputError` (already printed, so
 * with no problems of its own) stops the command before anything is rendered.
 */
export async function loadEditionManifest(
  path: string,
  cwd: string,
  stderr: (text: string) => void,
): Promise<LoadedEdition> {
  const text = await readArticleText(path, cwd);
  // The full loader (and YAML) only for editions.
  const { loadEditionText } = await import('@kiji/load');
  const manifest = loadEditionText(text, path);
  const folder = dirname(path);
  const at = (file: string) => (isAbsolute(file) ? file : join(folder, file));
  const entries = manifest.articles.map((entry) =>
    typeof entry === 'string'
      ? { path: at(entry) }
      : 'path' in entry
        ? { path: at(entry.path), section: entry.section }
        : { article: entry.article, section: entry.section },
  );
  const { cover, articles: _articles, $schema: _schema, ...meta } = manifest;
  const loaded = await loadArticles(entries, path, cwd, stderr);
  return {
    ...loaded,
    edition: { meta: meta as EditionMeta, articles: loaded.articles },
    inputs: [path, ...loaded.files.filter((file) => file !== path)],
    ...(cover !== undefined ? { cover: at(cover) } : {}),
  };
}

/** The quick pack: articles from the command line under a title given with `--title`. */
export async function loadQuickEdition(
  paths: string[],
  meta: Partial<EditionMeta> & { title: string },
  cwd: string,
  stderr: (text: string) => void,
): Promise<LoadedEdition> {
  const loaded = await loadArticles(
    paths.map((path) => ({ path })),
    undefined,
    cwd,
    stderr,
  );
  const articles = loaded.articles.map((entry) => entry.article);
  // The edition's date and language come from its articles unless given: never invented.
  const date = meta.date ?? latestDate(articles) ?? buildDate(loaded.files);
  return {
    edition: {
      meta: { language: articles[0]!.meta.language, ...meta, date },
      articles: loaded.articles,
    },
    inputs: paths,
    files: loaded.files,
  };
}

/** The latest date of the dated articles (undated ones have none to give). */
function latestDate(articles: Article[]): string | undefined {
  const dates = articles.flatMap((article) => (article.meta.published ? [article.meta.published] : []));
  return dates.sort().at(-1)?.slice(0, 10);
}

/**
 * A quick pack of undated articles takes SOURCE_DATE_EPOCH's day (an edition must carry a date),
 * else it is refused: no date is made up.
 */
function buildDate(files: string[]): string {
  const epoch = parseSourceDateEpoch(process.env.SOURCE_DATE_EPOCH);
  if (epoch) return epoch.toISOString().slice(0, 10);
  throw new InputError([
    {
      path: '--date',
      message: `none of the articles has a date (${files.join(', ')}), and an edition must carry one; none is made up: give --date 2025-10-29, set meta.published in an article, or set SOURCE_DATE_EPOCH`,
    },
  ]);
}

async function loadArticles(
  entries: (
    | { path: string; section?: string | undefined }
    | { article: Article; section?: string | undefined }
  )[],
  manifest: string | undefined,
  cwd: string,
  stderr: (text: string) => void,
): Promise<{ articles: EditionArticle[]; files: string[] }> {
  const articles: EditionArticle[] = [];
  const files: string[] = [];
  let failed = false;
  for (const entry of entries) {
    const section = entry.section ? { section: entry.section } : {};
    if ('article' in entry) {
      articles.push({ article: entry.article, ...section, baseDir: resolve(cwd, dirname(manifest ?? '.')) });
      files.push(manifest ?? '');
      continue;
    }
    // Named relative to the working directory, the way the user would type it.
    const file = isAbsolute(entry.path) ? entry.path : relative(cwd, resolve(cwd, entry.path)) || entry.path;
    try {
      const { article } = await loadArticleResult(file, cwd, stderr);
      articles.push({ article, ...section, baseDir: dirname(resolve(cwd, file)) });
      files.push(file);
    } catch (error) {
      if (!isInputError(error)) throw error;
      for (const problem of error.problems) stderr(`${formatProblem(problem, error.file)}\n`);
      failed = true;
    }
  }
  if (failed) throw new InputError([]);
  return { articles, files };
}
