import { DEFAULT_LIMITS, type InputLimits } from '@kiji/core';
import type { FastifyServerOptions } from 'fastify';

/** Settings of the render service; every one has a default. */
export interface ServerOptions {
  /** Render worker threads (default: the number of CPUs). */
  workers?: number;
  /** Renders that may wait for a worker before the service answers 503 (default 4 per worker). */
  maxQueue?: number;
  /** Longest a render may take, waiting included, in milliseconds (default 60,000). */
  renderTimeoutMs?: number;
  /** Input limits; the largest body is `maxInputBytes` (defaults: `DEFAULT_LIMITS` of @kiji/core). */
  limits?: InputLimits;
  /** Bearer tokens accepted on /v1/; none (the default) leaves the service open. */
  tokens?: readonly string[];
  /** Origins allowed by CORS; none (the default) sends no CORS headers. */
  corsOrigins?: readonly string[];
  /** Longest a client may take to send its request, in milliseconds (default 30,000). */
  requestTimeoutMs?: number;
  /** Fastify's logger: `true` (JSON lines on stdout, the default), `false`, or pino options. */
  logger?: FastifyServerOptions['logger'];
  /** Jobs on a BullMQ queue: `POST /v1/jobs` and `GET /v1/jobs/{id}` exist only with it. */
  jobs?: JobsOptions;
}

/** Where jobs go and where their results are found. */
export interface JobsOptions {
  /** Redis URL, e.g. `redis://127.0.0.1:6379`. */
  redis: string;
  /** The results directory the workers write to; the service serves files from it when given. */
  resultsDir?: string;
  /** Queue name (default `kiji-render`). */
  queue?: string;
}

/** The options with every default filled in. */
export function resolveServerOptions(options: ServerOptions, cpus: number) {
  const workers = Math.max(1, Math.floor(options.workers ?? cpus));
  return {
    workers,
    maxQueue: Math.max(0, Math.floor(options.maxQueue ?? workers * 4)),
    renderTimeoutMs: options.renderTimeoutMs ?? 60_000,
    limits: {
      maxInputBytes: options.limits?.maxInputBytes ?? DEFAULT_LIMITS.maxInputBytes,
      maxBlocks: options.limits?.maxBlocks ?? DEFAULT_LIMITS.maxBlocks,
      maxFieldChars: options.limits?.maxFieldChars ?? DEFAULT_LIMITS.maxFieldChars,
      maxParagraphChars: options.limits?.maxParagraphChars ?? DEFAULT_LIMITS.maxParagraphChars,
    },
    tokens: options.tokens ?? [],
    corsOrigins: options.corsOrigins ?? [],
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    logger: options.logger ?? true,
    jobs: options.jobs,
  };
}

export type ResolvedServerOptions = ReturnType<typeof resolveServerOptions>;
