import type { InputProblem } from '@kiji/core';

/** Where the problem types are described: the package README, one heading each. */
const TYPE_BASE = 'https://github.com/kiji-news/kiji/tree/main/packages/server#problem-';

/** Every kind of problem the service answers with, its status and title. */
export const PROBLEM_TYPES = {
  'bad-request': { status: 400, title: 'The request is malformed' },
  'too-deep': { status: 400, title: 'The JSON is nested too deeply' },
  unauthorized: { status: 401, title: 'A valid bearer token is required' },
  'not-found': { status: 404, title: 'Nothing is here' },
  'request-timeout': { status: 408, title: 'The request was not received in time' },
  'too-large': { status: 413, title: 'The input is larger than the service accepts' },
  'unsupported-media-type': { status: 415, title: 'The content type is not one the service reads' },
  'invalid-input': { status: 422, title: 'The input is not valid' },
  internal: { status: 500, title: 'The service failed' },
  busy: { status: 503, title: 'The service is busy' },
  'not-ready': { status: 503, title: 'The service is not ready' },
  'render-timeout': { status: 504, title: 'The render took longer than the service allows' },
} as const;

/** A kind of problem (the last part of its `type`). */
export type ProblemKind = keyof typeof PROBLEM_TYPES;

/** An RFC 9457 problem document, with Kiji's extension members. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request id; the service's log lines carry the same. */
  instance?: string;
  /** Problems with their JSON path (and line and column for text input), when the input was at fault. */
  problems?: InputProblem[];
}

/** An error that answers the request with a problem document. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly kind: ProblemKind;
  readonly problems: InputProblem[] | undefined;
  /** Seconds for `Retry-After` (503). */
  readonly retryAfter: number | undefined;

  constructor(
    kind: ProblemKind,
    detail: string,
    extra: { problems?: InputProblem[]; retryAfter?: number } = {},
  ) {
    super(detail);
    this.kind = kind;
    this.problems = extra.problems;
    this.retryAfter = extra.retryAfter;
  }
}

/** The problem document of `kind`. */
export function problemDocument(
  kind: ProblemKind,
  detail: string,
  instance?: string,
  problems?: InputProblem[],
): ProblemDocument {
  const { status, title } = PROBLEM_TYPES[kind];
  return {
    type: `${TYPE_BASE}${kind}`,
    title,
    status,
    detail,
    ...(instance ? { instance } : {}),
    ...(problems ? { problems } : {}),
  };
}
