import { checkArticleSize, type InputLimits, isInputError, type LimitNames } from '@kiji/core';
import { type LoadResult, loadArticleText } from '@kiji/load';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { checkJsonDepth } from './json-depth.js';
import { ProblemError } from './problem.js';

/** The content types an article may be posted as, and the loader's name for each format. */
export const ARTICLE_CONTENT_TYPES = {
  'application/json': 'article.json',
  'text/markdown': 'article.md',
  'text/x-markdown': 'article.md',
  'text/plain': 'article.txt',
  'text/html': 'article.html',
} as const;

/** How the service's users raise a limit, for the messages. */
export const SERVER_LIMIT_NAMES: LimitNames = {
  maxInputBytes: "the service's maxInputBytes (kiji serve --max-input)",
  maxBlocks: "the service's maxBlocks (kiji serve --max-blocks)",
};

/**
 * In the routes that take an article, every accepted content type is read as text: the one
 * loader (`@kiji/load`) parses it, so JSON syntax errors have lines and columns and Markdown and
 * page text work as in the CLI. Bodies over `maxInputBytes` are refused before they are read.
 */
export function readArticleBodies(app: FastifyInstance, maxInputBytes: number): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    Object.keys(ARTICLE_CONTENT_TYPES),
    { parseAs: 'string', bodyLimit: maxInputBytes },
    (request, body, done) => {
      const text = body as string;
      try {
        if (mediaTypeOf(request) === 'application/json') checkJsonDepth(text);
        done(null, text);
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
}

/** The media type of the request, lower case, without parameters. */
export function mediaTypeOf(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Load the posted article with the service's limits; bad input is a 413 or 422 problem. */
export function loadPostedArticle(
  request: FastifyRequest,
  limits: Required<InputLimits>,
): LoadResult & {
  text: string;
  name: string;
} {
  const name = ARTICLE_CONTENT_TYPES[mediaTypeOf(request) as keyof typeof ARTICLE_CONTENT_TYPES];
  const text = request.body;
  if (typeof text !== 'string' || name === undefined) {
    throw new ProblemError(
      'unsupported-media-type',
      `post the article as ${Object.keys(ARTICLE_CONTENT_TYPES).join(', ')}`,
    );
  }
  if (text.trim() === '') throw new ProblemError('bad-request', 'the body is empty: post an article');
  let result: LoadResult;
  try {
    // The size was bounded by the body limit; blocks are counted below, as a 413.
    result = loadArticleText(text, name, {
      limits: {
        maxInputBytes: Number.POSITIVE_INFINITY,
        maxBlocks: Number.POSITIVE_INFINITY,
        maxFieldChars: Number.POSITIVE_INFINITY,
        maxParagraphChars: Number.POSITIVE_INFINITY,
      },
    });
  } catch (error) {
    if (isInputError(error)) {
      throw new ProblemError('invalid-input', `the article has ${count(error.problems.length)}`, {
        problems: error.problems,
      });
    }
    throw error;
  }
  try {
    checkArticleSize(result.article, limits, undefined, SERVER_LIMIT_NAMES);
  } catch (error) {
    if (isInputError(error)) throw new ProblemError('too-large', error.problems[0]!.message);
    throw error;
  }
  return { ...result, text, name };
}

const count = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;
