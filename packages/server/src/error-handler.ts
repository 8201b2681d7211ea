import { formatSize, isInputError } from '@kiji/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError, type ProblemKind, problemDocument } from './problem.js';

/** Fastify's own error codes, as problem kinds. */
const FASTIFY_KINDS: Record<string, ProblemKind> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad-request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad-request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad-request',
  FST_ERR_VALIDATION: 'bad-request',
};

/** Every error becomes an RFC 9457 problem document; only a 5xx is logged as an error. */
export function sendProblem(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const { kind, detail, problems, retryAfter } = describe(error, request);
  const document = problemDocument(kind, detail, request.id, problems);
  if (document.status >= 500 && kind !== 'busy') request.log.error({ err: error }, detail);
  else request.log.info({ problem: kind, detail }, 'answered with a problem');
  if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
  if (kind === 'unauthorized') reply.header('www-authenticate', 'Bearer');
  return reply.code(document.status).header('content-type', 'application/problem+json').send(document);
}

function describe(error: FastifyError | Error, request: FastifyRequest) {
  if (error instanceof ProblemError)
    return {
      kind: error.kind,
      detail: error.message,
      problems: error.problems,
      retryAfter: error.retryAfter,
    };
  if (isInputError(error))
    return { kind: 'invalid-input' as const, detail: 'the input is not valid', problems: error.problems };
  const code = (error as FastifyError).code ?? '';
  const validation = (error as FastifyError).validation;
  if (validation) {
    const part = (error as FastifyError).validationContext ?? 'request';
    const problems = validation.map((issue) => {
      const unknown =
        issue.keyword === 'additionalProperties'
          ? (issue.params as { additionalProperty: string }).additionalProperty
          : undefined;
      const field = `${issue.instancePath}${unknown ? `/${unknown}` : ''}`
        .replace(/^\//, '')
        .replace(/\//g, '.');
      const extra = unknown
        ? `unknown parameter: use one of ${Object.keys((request.routeOptions.schema?.querystring as { properties?: object } | undefined)?.properties ?? {}).join(', ')}`
        : issue.keyword === 'enum'
          ? `must be one of ${(issue.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
          : (issue.message ?? 'is not valid');
      return { path: `${part}${field ? `.${field}` : ''}`, message: extra };
    });
    return {
      kind: 'bad-request' as const,
      detail: problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '),
      problems,
    };
  }
  const kind = FASTIFY_KINDS[code];
  if (kind === 'too-large')
    return {
      kind,
      detail: `the body is larger than the ${formatSize(request.routeOptions.bodyLimit)} this service reads: split the article, or raise the limit (kiji serve --max-input)`,
    };
  if (kind === 'unsupported-media-type')
    return { kind, detail: `content type "${request.headers['content-type'] ?? 'none'}" is not read here` };
  if (kind) return { kind, detail: error.message };
  const status = (error as FastifyError).statusCode;
  if (status === 404) return { kind: 'not-found' as const, detail: error.message };
  if (status !== undefined && status >= 400 && status < 500)
    return { kind: 'bad-request' as const, detail: error.message };
  return {
    kind: 'internal' as const,
    detail: `an unexpected error; the service log has it under the request id ${request.id}`,
  };
}
