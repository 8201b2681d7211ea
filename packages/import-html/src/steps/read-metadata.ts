import { type Author, dateProblem, type Publisher } from '@kiji/core';
import { findFirstDate, isIsoDate } from '@kiji/import-text';
import { type Context, sample } from '../context.js';
import type { MetaField } from '../types.js';
import { resolveHref } from '../urls.js';
import { type JsonLdObject, ldList, ldText, readJsonLdArticle } from './read-json-ld.js';

/** A metadata value and where it came from (`JSON-LD headline`, `<meta property="og:title">`). */
export interface Found<T> {
  value: T;
  origin: string;
}

/** What the page says about itself, each value with its origin. */
export interface PageMetadata {
  title?: Found<string>;
  kicker?: Found<string>;
  subtitle?: Found<string>;
  summary?: Found<string>;
  published?: Found<string>;
  updated?: Found<string>;
  language?: Found<string>;
  authors?: Found<Author[]>;
  publisher?: Found<Publisher>;
  tags?: Found<string[]>;
  /** The page's own address (canonical link or og:url), http(s) only. */
  canonical?: string;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u;

/**
 * Read the metadata in the order the issue of trust gives: JSON-LD (NewsArticle, BlogPosting,
 * Article), then Open Graph and `article:*` meta tags, then the page's own elements (<time
 * datetime>, <h1>, <title>, <html lang>). The text itself is the last resort for the date, read
 * after the content is found. A value that is present but invalid (an impossible date, a
 * language that is no tag) is reported and the next source is tried; nothing is made up.
 */
export function readMetadata(document: Document, context: Context): PageMetadata {
  const ld = readJsonLdArticle(document, context);
  const meta = metaTags(document);
  const found: PageMetadata = {};
  const canonical = [
    document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    meta.get('og:url'),
  ].find((href) => href && resolveHref(href, context).kind === 'url');
  if (canonical) found.canonical = (resolveHref(canonical, context) as { url: string }).url;

  const text = (value: unknown, origin: string): Found<string> | undefined => {
    const string = ldText(value);
    return string === undefined ? undefined : { value: string, origin };
  };
  const fromMeta = (name: string): Found<string> | undefined => {
    const value = meta.get(name)?.trim();
    return value
      ? { value, origin: `<meta ${name.includes(':') ? 'property' : 'name'}="${name}">` }
      : undefined;
  };
  const first = <T>(...candidates: (Found<T> | undefined)[]) => candidates.find((c) => c !== undefined);

  found.title = first(
    text(ld?.headline, 'JSON-LD headline'),
    text(ld?.name, 'JSON-LD name'),
    fromMeta('og:title'),
  );
  found.subtitle = text(ld?.alternativeHeadline, 'JSON-LD alternativeHeadline');
  found.summary = first(
    text(ld?.description, 'JSON-LD description'),
    fromMeta('og:description'),
    fromMeta('description'),
  );
  found.kicker = first(
    text(ld?.articleSection, 'JSON-LD articleSection'),
    fromMeta('article:section'),
    kickerElement(document),
  );
  found.published = firstDate(
    [
      text(ld?.datePublished, 'JSON-LD datePublished'),
      fromMeta('article:published_time'),
      fromMeta('og:published_time'),
      fromMeta('date'),
      timeElement(document),
    ],
    'published',
    context,
  );
  found.updated = firstDate(
    [
      text(ld?.dateModified, 'JSON-LD dateModified'),
      fromMeta('article:modified_time'),
      fromMeta('og:updated_time'),
    ],
    'updated',
    context,
  );
  found.language = firstLanguage(
    [
      text(ld?.inLanguage, 'JSON-LD inLanguage'),
      attribute(document.documentElement, 'lang', '<html lang>'),
      (() => {
        const locale = fromMeta('og:locale');
        return locale && { value: locale.value.replace('_', '-'), origin: locale.origin };
      })(),
    ],
    context,
  );
  found.authors = first(ldAuthors(ld), metaAuthors(meta), bylineAuthors(document));
  found.publisher = first(ldPublisher(ld, context), siteName(meta));
  found.tags = first(ldKeywords(ld), metaTagsList(document));
  return found;
}

/** The `<meta>` tags by name or property, lower case; the first of each wins. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? '').trim().toLowerCase();
    const content = element.getAttribute('content');
    if (key !== '' && content !== null && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

function attribute(element: Element | null, name: string, origin: string): Found<string> | undefined {
  const value = element?.getAttribute(name)?.trim();
  return value ? { value, origin } : undefined;
}

/** The first candidate that is a real ISO 8601 date; the others are reported. */
function firstDate(
  candidates: (Found<string> | undefined)[],
  field: MetaField,
  context: Context,
): Found<string> | undefined {
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const value = candidate.value.trim();
    if (isIsoDate(value) && dateProblem(value) === undefined) return { value, origin: candidate.origin };
    // A time without a zone ("2025-10-28T19:30") says the day for certain, not the moment.
    const day = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/u.exec(value)?.[1];
    if (day !== undefined && isIsoDate(day) && dateProblem(day) === undefined) {
      context.warnings.push({
        code: 'metadata',
        message: `meta.${field}: kept only the day of ${candidate.origin} "${sample(value)}": its time has no time zone`,
      });
      return { value: day, origin: candidate.origin };
    }
    context.warnings.push({
      code: 'metadata',
      message: `ignored ${candidate.origin} "${sample(value)}" for meta.${field}: ${
        dateProblem(value) ?? 'not an ISO 8601 date like 2025-10-28 or 2025-10-28T09:53:00+09:00'
      }`,
    });
  }
  return undefined;
}

function firstLanguage(
  candidates: (Found<string> | undefined)[],
  context: Context,
): Found<string> | undefined {
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    if (LANGUAGE_TAG.test(candidate.value)) return candidate;
    context.warnings.push({
      code: 'metadata',
      message: `ignored ${candidate.origin} "${sample(candidate.value)}": not a BCP 47 language tag like "ja" or "en-GB"`,
    });
  }
  return undefined;
}

/** The first `<time datetime>` in the article (or the page), outside comments. */
function timeElement(document: Document): Found<string> | undefined {
  const scopes = [document.querySelector('article'), document.querySelector('main'), document.body];
  for (const scope of scopes) {
    const time = scope?.querySelector('time[datetime]');
    const value = time?.getAttribute('datetime')?.trim();
    if (value) return { value, origin: '<time datetime>' };
  }
  return undefined;
}

/** A short category label near the headline (`<p class="category">政治</p>`). */
function kickerElement(document: Document): Found<string> | undefined {
  const label = document.querySelector(
    '[class~="kicker" i], [class~="category" i], [class~="story-category" i], [class~="article-category" i], [class~="section-label" i]',
  );
  const value = label?.textContent?.replace(/[ \t\n\f\r]+/gu, ' ').trim();
  return value && [...value].length <= 20
    ? { value, origin: `the page's category label (${label!.localName})` }
    : undefined;
}

function ldAuthors(ld: JsonLdObject | undefined): Found<Author[]> | undefined {
  const authors: Author[] = [];
  for (const item of ldList(ld?.author)) {
    const name = ldText(item);
    if (name === undefined || /^https?:/u.test(name)) continue;
    const author: Author = { name };
    if (item !== null && typeof item === 'object') {
      const role = ldText((item as JsonLdObject).jobTitle);
      if (role !== undefined) author.role = role;
    }
    authors.push(author);
  }
  return authors.length > 0 ? { value: authors, origin: 'JSON-LD author' } : undefined;
}

function metaAuthors(meta: Map<string, string>): Found<Author[]> | undefined {
  for (const key of ['author', 'article:author']) {
    const name = meta.get(key)?.trim();
    if (name && !/^https?:/u.test(name)) {
      return { value: [{ name }], origin: `<meta ${key.includes(':') ? 'property' : 'name'}="${key}">` };
    }
  }
  return undefined;
}

/** Names marked as authors in the page (`rel="author"`, `class="author"`). */
function bylineAuthors(document: Document): Found<Author[]> | undefined {
  const names = [...document.querySelectorAll('[rel~="author" i], [class~="author" i], [itemprop="author"]')]
    .map((element) => element.textContent?.replace(/[ \t\n\f\r]+/gu, ' ').trim() ?? '')
    .filter((name) => name !== '' && [...name].length <= 40);
  const unique = [...new Set(names)];
  return unique.length > 0
    ? { value: unique.map((name) => ({ name })), origin: "the page's author marks" }
    : undefined;
}

function ldPublisher(ld: JsonLdObject | undefined, context: Context): Found<Publisher> | undefined {
  const publisher = ld?.publisher;
  const name = ldText(publisher);
  if (name === undefined) return undefined;
  const value: Publisher = { name };
  const url =
    publisher && typeof publisher === 'object' ? ldText((publisher as JsonLdObject).url) : undefined;
  if (url !== undefined) {
    const target = resolveHref(url, context);
    if (target.kind === 'url') value.url = target.url;
  }
  return { value, origin: 'JSON-LD publisher' };
}

function siteName(meta: Map<string, string>): Found<Publisher> | undefined {
  const name = meta.get('og:site_name')?.trim();
  return name ? { value: { name }, origin: '<meta property="og:site_name">' } : undefined;
}

function ldKeywords(ld: JsonLdObject | undefined): Found<string[]> | undefined {
  const keywords = ld?.keywords;
  const list = (
    typeof keywords === 'string'
      ? keywords.split(/[,、]/u)
      : ldList(keywords).map((item) => ldText(item) ?? '')
  )
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '');
  return list.length > 0 ? { value: [...new Set(list)], origin: 'JSON-LD keywords' } : undefined;
}

function metaTagsList(document: Document): Found<string[]> | undefined {
  const tags = [...document.querySelectorAll('meta[property="article:tag" i]')]
    .map((element) => element.getAttribute('content')?.trim() ?? '')
    .filter((tag) => tag !== '');
  return tags.length > 0 ? { value: [...new Set(tags)], origin: '<meta property="article:tag">' } : undefined;
}

/** The first full date written in `text`, as the last resort for meta.published. */
export function dateFromText(text: string): Found<string> | undefined {
  const date = findFirstDate(text);
  if (date === undefined || date.yearless) return undefined;
  return { value: date.iso, origin: `the text ("${sample(text.slice(date.index, date.index + 16))}")` };
}

/** The metadata fields, for reporting origins in a fixed order. */
export const REPORTED_FIELDS: readonly MetaField[] = [
  'title',
  'kicker',
  'subtitle',
  'summary',
  'published',
  'updated',
  'language',
  'authors',
  'publisher',
  'tags',
];
