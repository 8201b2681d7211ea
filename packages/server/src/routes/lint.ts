import {
  countFindings,
  lintArticle,
  locateInJson,
  locateInText,
  parseRuleFlag,
  type RuleSettings,
} from '@kiji/lint';
import type { FastifyInstance } from 'fastify';
import { loadPostedArticle } from '../article-body.js';
import { ProblemError } from '../problem.js';
import { problemResponses } from '../schemas.js';
import type { ResolvedServerOptions } from '../server-options.js';

/** `POST /v1/lint?rule=long-paragraph=off`: the editorial findings, with lines and columns. */
export function lintRoute(app: FastifyInstance, options: ResolvedServerOptions): void {
  app.post<{ Body: string; Querystring: { rule?: string[] } }>(
    '/lint',
    {
      schema: {
        operationId: 'lint',
        summary: 'Editorial checks: brackets, cut quotes, sources, dates…, each with its place and fix',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            rule: {
              type: 'array',
              items: { type: 'string' },
              description: 'RULE=LEVEL (off, info, warning, error), repeatable: rule=long-paragraph=off',
            },
          },
        },
        response: {
          200: {
            description: 'The findings',
            content: { 'application/json': { schema: { $ref: 'LintResult#' } } },
          },
          ...problemResponses(400, 401, 408, 413, 415, 422, 500),
        },
      },
    },
    async (request) => {
      const rules: RuleSettings = {};
      for (const text of request.query.rule ?? []) {
        try {
          const [id, level] = parseRuleFlag(text);
          rules[id] = level;
        } catch (error) {
          throw new ProblemError('bad-request', (error as Error).message.replace(/^--rule/, 'rule'));
        }
      }
      const { article, text, name } = loadPostedArticle(request, options.limits);
      // JSON: exact places from the parse tree; Markdown and text: found by searching the source.
      const locate = name.endsWith('.json') ? locateInJson(text) : locateInText(text, article);
      const findings = lintArticle(article, { rules, locate });
      return { findings, counts: countFindings(findings) };
    },
  );
}
