import type { Context } from '../context.js';

/** A schema.org object as JSON-LD gives it. */
export type JsonLdObject = Record<string, unknown>;

const ARTICLE_TYPE =
  /^(NewsArticle|BlogPosting|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|SocialMediaPosting|Report|TechArticle)$/u;

/**
 * The first NewsArticle, BlogPosting or Article in the page's JSON-LD blocks (top level, in an
 * array or in `@graph`). A block that is not JSON is reported and skipped; nothing in it runs.
 */
export function readJsonLdArticle(document: Document, context: Context): JsonLdObject | undefined {
  const blocks = [...document.querySelectorAll('script[type="application/ld+json" i]')];
  for (const [index, block] of blocks.entries()) {
    let data: unknown;
    try {
      data = JSON.parse(block.textContent ?? '');
    } catch (error) {
      context.warnings.push({
        code: 'metadata',
        message: `ignored JSON-LD block ${index + 1}: it is not JSON (${(error as Error).message})`,
      });
      continue;
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: unknown, depth: number): JsonLdObject | undefined {
  if (depth > 4 || data === null || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const object = data as JsonLdObject;
  const types = Array.isArray(object['@type']) ? object['@type'] : [object['@type']];
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type))) return object;
  return findArticle(object['@graph'], depth + 1);
}

/** A JSON-LD value as one string: a string, the first string of an array, or an object's name. */
export function ldText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = ldText(item);
      if (text !== undefined) return text;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') return ldText((value as JsonLdObject).name);
  return undefined;
}

/** A JSON-LD value as a list of objects or strings. */
export function ldList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
