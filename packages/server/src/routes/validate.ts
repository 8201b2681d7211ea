import { isInputError } from '@kiji/core';
import type { FastifyInstance } from 'fastify';
import { loadPostedArticle } from '../article-body.js';
import { ProblemError } from '../problem.js';
import { problemResponses } from '../schemas.js';
import type { ResolvedServerOptions } from '../server-options.js';

/**
 * `POST /v1/validate`: 200 with `valid` and every problem with its path, like
 * `kiji validate --json`; only a request that is not an article at all is an error.
 */
export function validateRoute(app: FastifyInstance, options: ResolvedServerOptions): void {
  app.post<{ Body: string }>(
    '/validate',
    {
      schema: {
        operationId: 'validate',
        summary: 'Check an article: every problem with its JSON path (and line and column for text)',
        response: {
          200: {
            description: 'The result',
            content: { 'application/json': { schema: { $ref: 'ValidateResult#' } } },
          },
          ...problemResponses(400, 401, 408, 413, 415, 500),
        },
      },
    },
    async (request) => {
      try {
        const { warnings } = loadPostedArticle(request, options.limits);
        return { valid: true, problems: [], warnings };
      } catch (error) {
        if (error instanceof ProblemError && error.kind === 'invalid-input')
          return { valid: false, problems: error.problems ?? [], warnings: [] };
        if (isInputError(error)) return { valid: false, problems: error.problems, warnings: [] };
        throw error;
      }
    },
  );
}
