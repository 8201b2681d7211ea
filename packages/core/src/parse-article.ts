import { formatPath, InputError, type InputProblem } from './errors.js';
import { migrateArticle } from './migrate.js';
import type { Article } from './model.js';
import { ArticleSchema } from './schema.js';
import { walk } from './visit.js';
import { toProblems } from './zod-problems.js';

/**
 * Validate unknown input (parsed JSON, an importer's output) and return a typed article.
 * Older schema versions are migrated first. Throws one `InputError` listing every problem
 * with its JSON path: what the schema finds together with the checks a schema cannot express
 * (ids are unique, every source and note reference resolves), so one run shows them all.
 */
export function parseArticle(input: unknown, file?: string): Article {
  const migrated = migrateArticle(input, file);
  const result = ArticleSchema.safeParse(migrated);
  // References are checked on the input as given, so they are listed even when the schema fails.
  const problems = [
    ...(result.success ? [] : toProblems(result.error, migrated)),
    ...checkReferences((result.success ? result.data : migrated) as Article),
  ];
  if (problems.length > 0) throw new InputError(problems, file);
  const article = result.data as Article;
  validated.add(article);
  return article;
}

/** Articles `parseArticle` returned: the renderers take them without validating again. */
const validated = new WeakSet<object>();

/**
 * The article a renderer may use: `article` itself when `parseArticle` returned it, otherwise
 * the result of validating it now, so an article that was never validated is refused with the
 * same `InputError` and JSON paths as `parseArticle` gives (never a `RangeError` from deep inside
 * a renderer). Every public render function calls this first.
 */
export function validArticle(article: Article): Article {
  if (typeof article === 'object' && article !== null && validated.has(article)) return article;
  return parseArticle(article);
}

/** Like `parseArticle`, but returns the problems instead of throwing. */
export function safeParseArticle(
  input: unknown,
  file?: string,
): { success: true; article: Article } | { success: false; error: InputError } {
  try {
    return { success: true, article: parseArticle(input, file) };
  } catch (error) {
    if (error instanceof InputError) return { success: false, error };
    throw error;
  }
}

/**
 * Unique ids across the article, and references that point at existing sources and notes.
 * Tolerates input the schema rejects (missing lists, nodes that are not objects): it looks only
 * at what is there.
 */
export function checkReferences(article: Article): InputProblem[] {
  const problems: InputProblem[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        path,
        message: `duplicate id "${id}": it is already used at ${first}; ids must be unique`,
      });
    } else seen.set(id, path);
  };
  const listOf = (value: unknown): Record<string, unknown>[] =>
    Array.isArray(value) ? value.filter((item) => typeof item === 'object' && item !== null) : [];
  const sources = listOf(article?.sources);
  for (const [index, source] of (Array.isArray(article?.sources) ? article.sources : []).entries()) {
    if (typeof source?.id === 'string') claim(source.id, `sources[${index}].id`);
  }
  const noteIds = new Set(
    listOf(article?.notes).flatMap((note) => (typeof note.id === 'string' ? [note.id] : [])),
  );
  const sourceIds = new Set(sources.flatMap((source) => (typeof source.id === 'string' ? [source.id] : [])));
  if (typeof article !== 'object' || article === null) return problems;
  for (const { node, path } of walk(article)) {
    const at = formatPath(path);
    if ('id' in node && typeof node.id === 'string' && node.type !== 'article') claim(node.id, `${at}.id`);
    if ((node.type === 'quote' || node.type === 'sourceReference') && typeof node.sourceId === 'string') {
      if (!sourceIds.has(node.sourceId)) {
        problems.push({
          path: `${at}.sourceId`,
          message: `unknown source "${node.sourceId}": add it to "sources" or use one of: ${listIds(sourceIds)}`,
        });
      }
    }
    if (node.type === 'noteReference' && typeof node.noteId === 'string' && !noteIds.has(node.noteId)) {
      problems.push({
        path: `${at}.noteId`,
        message: `unknown note "${node.noteId}": add it to "notes" or use one of: ${listIds(noteIds)}`,
      });
    }
  }
  return problems;
}

function listIds(ids: Set<string>): string {
  return ids.size === 0 ? '(none defined)' : [...ids].map((id) => `"${id}"`).join(', ');
}
