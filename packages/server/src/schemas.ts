// JSON Schemas of what the service answers: Fastify serializes responses with them and the
// OpenAPI document is generated from the same objects.

const problem = {
  type: 'object',
  properties: {
    path: { type: 'string', description: 'JSON path, e.g. children[2].sourceId; empty for the whole input' },
    message: { type: 'string' },
    line: { type: 'integer' },
    column: { type: 'integer' },
  },
  required: ['path', 'message'],
} as const;

export const ProblemDocumentSchema = {
  $id: 'ProblemDocument',
  type: 'object',
  description: 'An RFC 9457 problem document (application/problem+json)',
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'The request id, as in the service log' },
    problems: { type: 'array', items: problem, description: 'What is wrong with the input, by place' },
  },
  required: ['type', 'title', 'status', 'detail'],
} as const;

const warning = {
  type: 'object',
  properties: { message: { type: 'string' }, line: { type: 'integer' }, code: { type: 'string' } },
  required: ['message'],
} as const;

export const ValidateResultSchema = {
  $id: 'ValidateResult',
  type: 'object',
  properties: {
    valid: { type: 'boolean' },
    problems: { type: 'array', items: problem },
    warnings: {
      type: 'array',
      items: warning,
      description: 'What the loader guessed or dropped (page text) or read as plain characters (Markdown)',
    },
  },
  required: ['valid', 'problems', 'warnings'],
} as const;

export const LintResultSchema = {
  $id: 'LintResult',
  type: 'object',
  properties: {
    findings: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          rule: { type: 'string' },
          severity: { type: 'string', enum: ['error', 'warning', 'info'] },
          message: { type: 'string' },
          path: { type: 'string' },
          offset: { type: 'integer' },
          line: { type: 'integer' },
          column: { type: 'integer' },
          fix: { type: 'string' },
        },
        required: ['rule', 'severity', 'message', 'path'],
      },
    },
    counts: {
      type: 'object',
      properties: { error: { type: 'integer' }, warning: { type: 'integer' }, info: { type: 'integer' } },
      required: ['error', 'warning', 'info'],
    },
  },
  required: ['findings', 'counts'],
} as const;

export const HealthSchema = {
  $id: 'Health',
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ok', 'not ready'] },
    checks: { type: 'object', additionalProperties: { type: 'string' } },
  },
  required: ['status'],
} as const;

/** Every shared schema, added to Fastify once and referenced by `$id#`. */
export const sharedSchemas = [ProblemDocumentSchema, ValidateResultSchema, LintResultSchema, HealthSchema];

/** The error answers every route may give. */
export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: 'A problem document',
        content: { 'application/problem+json': { schema: { $ref: 'ProblemDocument#' } } },
      },
    ]),
  );
