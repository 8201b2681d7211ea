import { createHash } from 'node:crypto';
import {
  type Article,
  checkArticleSize,
  type EditionMeta,
  InputError,
  type InputLimits,
  type InputProblem,
  isInputError,
  parseArticle,
  parseEditionManifest,
} from '@kiji/core';
import { loadArticleText } from '@kiji/load';
import { PAGE_SIZE_NAMES } from '@kiji/pdf';
import type { EpubTaskOptions, PdfTaskOptions, RenderFormat } from '@kiji/render-pool';
import { SERVER_LIMIT_NAMES } from '../article-body.js';
import { canonicalJson } from './canonical-json.js';

/** The most articles one job may hold. */
export const MAX_JOB_ARTICLES = 500;

/** A job as posted to `POST /v1/jobs`. */
export interface JobRequest {
  articles: ({ name?: string; section?: string } & ({ text: string; name: string } | { article: unknown }))[];
  edition?: Omit<EditionMeta, 'language' | 'date'> & { language?: string; date?: string };
  formats: RenderFormat[];
  pdf?: PdfTaskOptions;
  epub?: Omit<EpubTaskOptions, 'cover'>;
  html?: { vertical?: boolean; embedFonts?: boolean };
}

/** A job as it goes on the queue: every article validated, named for its output files. */
export interface JobData {
  v: 1;
  articles: { name: string; article: Article; section?: string }[];
  /** With it the articles render as one edition (`edition.pdf`, `edition.epub`), else each alone. */
  edition?: EditionMeta;
  formats: RenderFormat[];
  pdf?: PdfTaskOptions;
  epub?: Omit<EpubTaskOptions, 'cover'>;
  html?: { vertical?: boolean; embedFonts?: boolean };
}

const options = {
  pdf: {
    type: 'object',
    additionalProperties: false,
    properties: {
      pageSize: { type: 'string', enum: PAGE_SIZE_NAMES },
      print: {
        oneOf: [
          { type: 'boolean' },
          {
            type: 'object',
            additionalProperties: false,
            properties: { bleed: { type: 'number', minimum: 0, maximum: 20 }, slug: { type: 'boolean' } },
          },
        ],
      },
      signature: { type: 'integer', enum: [4, 8, 16] },
    },
  },
  epub: {
    type: 'object',
    additionalProperties: false,
    properties: { vertical: { type: 'boolean' }, embedFonts: { type: 'boolean' } },
  },
  html: {
    type: 'object',
    additionalProperties: false,
    properties: { vertical: { type: 'boolean' }, embedFonts: { type: 'boolean' } },
  },
} as const;

/** The JSON Schema of `POST /v1/jobs` (Fastify validates with it; the OpenAPI document shows it). */
export const JobRequestSchema = {
  $id: 'JobRequest',
  type: 'object',
  additionalProperties: false,
  required: ['articles', 'formats'],
  properties: {
    articles: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_JOB_ARTICLES,
      description:
        'The articles: each as text in the format its name ends with (.json, .md, .txt), or as the model (article)',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: {
            type: 'string',
            maxLength: 120,
            description: 'File name: its extension names the format of text; its stem names the output files',
          },
          text: { type: 'string' },
          article: { type: 'object', description: 'The article model (see the Article schema)' },
          section: { type: 'string', description: 'Edition: section label in the contents' },
        },
        oneOf: [{ required: ['text', 'name'] }, { required: ['article'] }],
      },
    },
    edition: {
      type: 'object',
      description:
        'Render the articles as one edition (edition.pdf, edition.epub) with this cover metadata; without it each article renders alone',
      additionalProperties: false,
      required: ['title'],
      properties: {
        title: { type: 'string' },
        subtitle: { type: 'string' },
        date: { type: 'string', description: "ISO date; default the latest article's" },
        language: { type: 'string', description: "BCP 47; default the first article's" },
        number: { type: 'integer', minimum: 1 },
        publisher: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
      },
    },
    formats: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', enum: ['pdf', 'epub', 'html'] },
    },
    ...options,
  },
} as const;

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * Check a posted job and turn it into the data that goes on the queue: every article loaded with
 * the one loader and validated, output names unique. Every problem, with its JSON path inside the
 * request (`articles[2].text` with the line and column of the text), in one `InputError`.
 */
export function parseJobRequest(request: JobRequest, limits: Required<InputLimits>): JobData {
  const problems: InputProblem[] = [];
  const articles: JobData['articles'] = [];
  request.articles.forEach((entry, index) => {
    const at = `articles[${index}]`;
    try {
      let article: Article;
      if ('text' in entry) {
        article = loadArticleText(entry.text, entry.name, { limits, limitNames: SERVER_LIMIT_NAMES }).article;
      } else {
        article = parseArticle(entry.article);
        checkArticleSize(article, limits, undefined, SERVER_LIMIT_NAMES);
      }
      const name = outputName(entry.name, article, index);
      articles.push({ name, article, ...(entry.section ? { section: entry.section } : {}) });
    } catch (error) {
      if (!isInputError(error)) throw error;
      const field = 'text' in entry ? 'text' : 'article';
      for (const problem of error.problems)
        problems.push({ ...problem, path: `${at}.${field}${problem.path ? `.${problem.path}` : ''}` });
    }
  });
  const seen = new Map<string, number>();
  articles.forEach(({ name }, index) => {
    if (seen.has(name))
      problems.push({
        path: `articles[${index}].name`,
        message: `the output name "${name}" is also articles[${seen.get(name)}]'s: give each article its own name`,
      });
    seen.set(name, index);
  });
  if (request.edition && request.formats.includes('html'))
    problems.push({ path: 'formats', message: 'an edition renders to pdf and epub only: drop "html"' });
  if (problems.length > 0) throw new InputError(problems);

  const data: JobData = {
    v: 1,
    articles,
    formats: [...request.formats].sort(),
    ...(request.pdf && request.formats.includes('pdf') ? { pdf: request.pdf } : {}),
    ...(request.epub && request.formats.includes('epub') ? { epub: request.epub } : {}),
    ...(request.html && request.formats.includes('html') ? { html: request.html } : {}),
  };
  if (request.edition) data.edition = editionMeta(request.edition, articles);
  return data;
}

/**
 * Check data taken from the queue before rendering it: the queue is outside the worker's trust,
 * so every article is validated again (cheap next to a render).
 */
export function checkJobData(data: unknown): JobData {
  const job = data as JobData;
  if (job === null || typeof job !== 'object' || job.v !== 1 || !Array.isArray(job.articles))
    throw new InputError([
      { path: '', message: 'not a Kiji job (version 1): post jobs through POST /v1/jobs' },
    ]);
  const problems: InputProblem[] = [];
  const articles = job.articles.map((entry, index) => {
    if (typeof entry?.name !== 'string' || !SAFE_NAME.test(entry.name))
      problems.push({ path: `articles[${index}].name`, message: 'not a safe output name' });
    try {
      return { ...entry, article: parseArticle(entry.article) };
    } catch (error) {
      if (!isInputError(error)) throw error;
      problems.push(
        ...error.problems.map((problem) => ({
          ...problem,
          path: `articles[${index}].article.${problem.path}`,
        })),
      );
      return entry;
    }
  });
  const formats = Array.isArray(job.formats)
    ? job.formats.filter((format) => ['pdf', 'epub', 'html'].includes(format))
    : [];
  if (formats.length === 0) problems.push({ path: 'formats', message: 'no format to render' });
  if (problems.length > 0) throw new InputError(problems);
  return { ...job, articles, formats };
}

/** The job's id: a hash of what it renders, so the same job posted twice is one job. */
export function jobIdOf(data: JobData): string {
  return createHash('sha256').update(canonicalJson(data)).digest('hex').slice(0, 32);
}

/** `summit.md` -> `summit`; else the article's id; else `article-3`. */
function outputName(given: string | undefined, article: Article, index: number): string {
  const stem = given?.replace(/\.[A-Za-z]+$/, '');
  if (stem && SAFE_NAME.test(stem)) return stem;
  if (article.id && SAFE_NAME.test(article.id)) return article.id;
  return `article-${index + 1}`;
}

/** The edition's metadata checked as a manifest would be; date and language from the articles when absent. */
function editionMeta(given: NonNullable<JobRequest['edition']>, articles: JobData['articles']): EditionMeta {
  const latest = articles
    .map(({ article }) => article.meta.published)
    .filter((date): date is string => typeof date === 'string')
    .sort()
    .at(-1);
  const manifest = {
    ...(latest ? { date: latest.slice(0, 10) } : {}),
    language: articles[0]!.article.meta.language,
    ...given,
    articles: articles.map(({ article, section }) => ({ article, ...(section ? { section } : {}) })),
  };
  try {
    const { articles: _articles, ...meta } = parseEditionManifest(manifest);
    return meta as EditionMeta;
  } catch (error) {
    if (!isInputError(error)) throw error;
    throw new InputError(
      error.problems.map((problem) => ({
        ...problem,
        path: problem.path.startsWith('articles') ? problem.path : `edition.${problem.path}`,
      })),
    );
  }
}
