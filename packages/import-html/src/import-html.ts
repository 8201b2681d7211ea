import {
  type Article,
  type FlowContent,
  isInputError,
  type Meta,
  type Node,
  type Paragraph,
  parseArticle,
  SCHEMA_VERSION,
} from '@kiji/core';
import { detectLanguage } from '@kiji/import-text';
import { createContext } from './context.js';
import { decodeHtml } from './decode-html.js';
import { plainText } from './inline.js';
import { buildBody } from './steps/build-body.js';
import { dropFurniture } from './steps/drop-furniture.js';
import { dropMastheadLines } from './steps/drop-masthead-lines.js';
import { extractContent, reportLeftOut } from './steps/extract-content.js';
import { findComments } from './steps/find-comments.js';
import { findMainHeading, squash, titleFromPage } from './steps/find-main-heading.js';
import { type EmbeddedVideo, findVideos } from './steps/find-videos.js';
import { flattenDeep, parsePage, removeInert } from './steps/parse-page.js';
import { readBlocks } from './steps/read-blocks.js';
import { dateFromText, type PageMetadata, REPORTED_FIELDS, readMetadata } from './steps/read-metadata.js';
import type { HtmlImportWarning, ImportHtmlOptions, ImportHtmlResult, MetaField } from './types.js';
import { hostOf } from './urls.js';

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u;

/**
 * Turn a saved web page into a Kiji article: the main content (Mozilla Readability on a
 * linkedom DOM, after the page's furniture is removed), its metadata (JSON-LD, then Open Graph
 * and `article:*` meta tags, then the page's elements, then the text), and its sources (links
 * to known outlets and video sites, embedded players). `page` is the page's bytes (its
 * encoding read from its BOM or `<meta charset>`: UTF-8, Shift_JIS or EUC-JP) or its text.
 * Throws `InputError` only for bytes it cannot decode; any markup imports, and what was
 * dropped, refused or guessed is in `warnings`.
 *
 * @example
 * const { article, warnings } = importHtml(readFileSync('page.html'), { file: 'page.html' });
 */
export function importHtml(page: Uint8Array | string, options: ImportHtmlOptions = {}): ImportHtmlResult {
  const decoded =
    typeof page === 'string' ? { text: page, encoding: 'utf-8' as const } : decodeHtml(page, options.file);
  const context = createContext(options ?? {});
  try {
    const { article, origins } = runPipeline(decoded.text, context);
    return {
      article: parseArticle(article, options.file),
      warnings: context.warnings,
      origins,
      encoding: decoded.encoding,
    };
  } catch (error) {
    const reason = isInputError(error)
      ? error.problems[0]?.message
      : ((error as Error)?.message ?? String(error));
    const warnings: HtmlImportWarning[] = [
      ...context.warnings,
      {
        code: 'fallback',
        message: `could not build the article from the page (${reason}); imported its text as plain paragraphs`,
      },
    ];
    return { ...plainParagraphs(decoded.text, options), warnings, origins: {}, encoding: decoded.encoding };
  }
}

function runPipeline(html: string, context: ReturnType<typeof createContext>) {
  const document = parsePage(html);
  const metadata = readMetadata(document, context);
  if (metadata.canonical) {
    context.base = metadata.canonical;
    context.ownHost = hostOf(metadata.canonical);
  }
  const heading = findMainHeading(document, metadata.title);
  if (!metadata.title) {
    const title = titleFromPage(document, heading, metadata.publisher?.value.name);
    if (title) metadata.title = title;
  }
  const videos = findVideos(document, context);
  removeInert(document, context);
  flattenDeep(document, context);
  const earlyLanguage =
    context.options.language ?? metadata.language?.value ?? detectLanguage(document.body?.textContent ?? '');
  const comments = findComments(document, context, earlyLanguage);
  const headlineArea = headlineText(heading);
  dropFurniture(document, heading, context);
  const { content, blockTexts } = extractContent(document, context);
  const kept = new Set<string>();
  const read = readBlocks(content, { context, language: earlyLanguage, kept });
  const text = read.map((block) => block.text).join('\n');
  const language = resolveLanguage(metadata, text, context);
  if (!metadata.published) {
    const fromText = dateFromText(headlineArea) ?? dateFromText(text);
    if (fromText) metadata.published = fromText;
  }
  const title = metadata.title?.value ?? (language.startsWith('ja') ? '無題' : 'Untitled');
  if (!metadata.title) {
    context.warnings.push({
      code: 'no-title',
      message: `the page has no title, headline or <h1>: titled "${title}"`,
    });
  }
  kept.add(squash(title));
  reportLeftOut(blockTexts, kept, context);
  const blocks = dropMastheadLines(read, title, metadata, context);
  const children = buildBody(blocks, context);
  citeVideos(children, videos);
  const meta = buildMeta(metadata, title, language, context);
  const origins = reportOrigins(metadata, context);
  const article: Article = {
    type: 'article',
    schemaVersion: SCHEMA_VERSION,
    meta,
    children,
    sources: inCitationOrder(children, context.sources),
  };
  if (comments.length > 0) article.comments = comments;
  return { article, origins };
}

/** The text around the headline (its container's), where a date line usually stands. */
function headlineText(heading: Element | undefined): string {
  let container = heading?.parentElement;
  for (let depth = 0; container && depth < 2 && (container.textContent ?? '').length < 400; depth++) {
    if (!container.parentElement) break;
    container = container.parentElement;
  }
  return (container?.textContent ?? '').slice(0, 2000);
}

function resolveLanguage(
  metadata: PageMetadata,
  text: string,
  context: ReturnType<typeof createContext>,
): string {
  const option = context.options.language;
  if (option !== undefined) {
    if (LANGUAGE_TAG.test(option)) {
      metadata.language = { value: option, origin: 'the language option' };
      return option;
    }
    context.warnings.push({
      code: 'bad-option',
      message: `ignored language "${option}": expected a BCP 47 tag like "ja" or "en-GB"`,
    });
  }
  if (metadata.language) return metadata.language.value;
  const detected = detectLanguage(text);
  metadata.language = { value: detected, origin: 'the text (detected)' };
  return detected;
}

function buildMeta(
  metadata: PageMetadata,
  title: string,
  language: string,
  context: ReturnType<typeof createContext>,
): Meta {
  const meta: Meta = { title, language };
  const published = context.options.published;
  if (published !== undefined) {
    if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/u.test(published)) {
      metadata.published = { value: published, origin: 'the published option' };
    } else {
      context.warnings.push({
        code: 'bad-option',
        message: `ignored published "${published}": expected an ISO 8601 date like 2025-10-28`,
      });
    }
  }
  if (metadata.kicker) meta.kicker = metadata.kicker.value;
  if (metadata.subtitle && squash(metadata.subtitle.value) !== squash(title))
    meta.subtitle = metadata.subtitle.value;
  if (metadata.summary) meta.summary = metadata.summary.value;
  if (metadata.published) meta.published = metadata.published.value;
  else {
    context.warnings.push({
      code: 'no-date',
      message:
        'the page gives no publication date (no JSON-LD datePublished, article:published_time, <time datetime> or full date in the text): the article is left undated',
    });
  }
  if (metadata.updated) meta.updated = metadata.updated.value;
  if (metadata.authors) meta.authors = metadata.authors.value;
  if (metadata.publisher) meta.publisher = metadata.publisher.value;
  if (metadata.tags) meta.tags = metadata.tags.value;
  return meta;
}

/** One `metadata` report per field found, naming where it came from. */
function reportOrigins(
  metadata: PageMetadata,
  context: ReturnType<typeof createContext>,
): Partial<Record<MetaField, string>> {
  const origins: Partial<Record<MetaField, string>> = {};
  for (const field of REPORTED_FIELDS) {
    const found = metadata[field];
    if (!found) continue;
    origins[field] = found.origin;
    context.warnings.push({ code: 'metadata', message: `meta.${field} from ${found.origin}` });
  }
  return origins;
}

/** Cite each embedded video at the end of the paragraph that stood before its player. */
function citeVideos(children: FlowContent[], videos: EmbeddedVideo[]): void {
  if (videos.length === 0) return;
  const paragraphs: Paragraph[] = [];
  eachNode(children, (node) => {
    if (node.type === 'paragraph') paragraphs.push(node);
  });
  for (const video of videos) {
    const paragraph = paragraphs.find((candidate) => squash(plainText(candidate.children)) === video.before);
    if (paragraph) paragraph.children.push({ type: 'sourceReference', sourceId: video.sourceId });
  }
}

/** The sources in the order the body first cites them; uncited ones after, as found. */
function inCitationOrder(children: FlowContent[], sources: Article['sources']): Article['sources'] {
  const order: string[] = [];
  eachNode(children, (node) => {
    const id = node.type === 'sourceReference' || node.type === 'quote' ? node.sourceId : undefined;
    if (id !== undefined && !order.includes(id)) order.push(id);
  });
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index < 0 ? order.length : index;
  };
  return [...sources].sort((a, b) => rank(a.id) - rank(b.id));
}

/** Call `action` on every node under `nodes`, in document order (headings and captions included). */
function eachNode(nodes: readonly unknown[], action: (node: Node) => void): void {
  for (const node of nodes) {
    if (node === null || typeof node !== 'object') continue;
    action(node as Node);
    const record = node as Record<string, unknown>;
    for (const key of ['heading', 'term', 'caption', 'children']) {
      const value = record[key];
      if (Array.isArray(value)) eachNode(value, action);
    }
  }
}

/** The worst case: the page's text, line by line, as paragraphs. */
function plainParagraphs(html: string, options: ImportHtmlOptions): { article: Article } {
  let lines: string[] = [];
  try {
    const document = parsePage(html);
    for (const element of [...document.querySelectorAll('script, style, template, noscript')])
      element.remove();
    lines = (document.body?.textContent ?? '')
      .split(/\n/u)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  } catch {
    lines = [];
  }
  const language = detectLanguage(lines.join('\n'));
  const article: Article = {
    type: 'article',
    schemaVersion: SCHEMA_VERSION,
    meta: { title: [...(lines[0] ?? 'Untitled')].slice(0, 80).join(''), language },
    children: lines.map((line) => ({ type: 'paragraph', children: [{ type: 'text', value: line }] })),
    sources: [],
  };
  try {
    return { article: parseArticle(article, options.file) };
  } catch {
    return { article: { ...article, meta: { title: 'Untitled', language: 'en' }, children: [] } };
  }
}
