import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { LIMIT_HELP, LIMIT_OPTIONS, readLimits } from '../input-limits.js';
import { EXIT, UsageError } from '../io.js';
import { loadServer } from '../load-server.js';
import { untilStopSignal } from '../stop-signal.js';

/** `--port 8080`, `--workers 2`: a whole number in a range, or a usage error naming the option. */
export function wholeNumber(values: Record<string, unknown>, name: string, min: number, max: number) {
  const text = values[name];
  if (typeof text !== 'string') return undefined;
  const value = /^\d{1,9}$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max))
    throw new UsageError(`--${name} "${text}" is not a whole number from ${min} to ${max}`);
  return value;
}

/** `--render-timeout 60`: seconds, as milliseconds. */
export function seconds(values: Record<string, unknown>, name: string): number | undefined {
  const text = values[name];
  if (typeof text !== 'string') return undefined;
  const value = /^\d{1,6}(\.\d{1,3})?$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(value > 0)) throw new UsageError(`--${name} "${text}" is not a number of seconds such as 60 or 0.5`);
  return Math.round(value * 1000);
}

/** Bearer tokens from --token-file and KIJI_TOKENS (separated by commas or white space). */
async function readTokens(values: Record<string, unknown>, cwd: string): Promise<string[]> {
  const { parseTokenFile } = await loadServer();
  const tokens: string[] = [];
  if (typeof values['token-file'] === 'string') {
    const file = resolve(cwd, values['token-file']);
    const text = await readFile(file, 'utf8').catch(() => {
      throw new UsageError(`--token-file ${values['token-file']}: cannot be read`);
    });
    tokens.push(...parseTokenFile(text));
    if (tokens.length === 0) throw new UsageError(`--token-file ${values['token-file']}: holds no token`);
  }
  tokens.push(...(process.env.KIJI_TOKENS ?? '').split(/[\s,]+/).filter(Boolean));
  return tokens;
}

export const serve: Command = {
  name: 'serve',
  summary: 'run the render service: POST an article, get a PDF, EPUB or HTML back',
  help: `Usage: kiji serve [--port 8080] [--host 127.0.0.1] [--workers N] [options]

Starts the HTTP render service (see the @kiji/server README for the API):
  POST /v1/render?format=pdf|epub|html   the article (JSON, Markdown or page text) in, the file out
  POST /v1/validate, POST /v1/lint       the problems or findings as JSON, with their places
  POST /v1/jobs, GET /v1/jobs/{id}       render jobs on a Redis queue (with --redis)
  GET /healthz, /readyz, /metrics, /openapi.json
Logs are JSON lines on stdout, each with its request id. SIGTERM, SIGINT (Ctrl-C) or SIGHUP stops
accepting, lets the renders in flight finish, then exits 0; a second signal ends it at once.

Options:
  --host HOST               address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --port N                  port (default 8080; 0 picks a free one)
  --workers N               render worker threads (default: one per CPU)
  --max-queue N             renders that may wait for a worker; beyond, 503 with Retry-After
                            (default 4 per worker)
  --render-timeout SECONDS  a render that takes longer is ended, its worker replaced (default 60)
  --request-timeout SECONDS a client must send its whole request within this (default 30)
  --token-file FILE         bearer tokens, one per line; also KIJI_TOKENS="t1,t2". Without any,
                            the API is open
  --cors ORIGIN             allow this origin (repeatable); CORS is off by default
  --redis URL               accept jobs on this Redis (redis://host:6379): POST /v1/jobs
  --results DIR             the workers' results directory, to serve job files from
  --log-level LEVEL         fatal, error, warn, info (default), debug, trace or silent
${LIMIT_HELP}

Examples:
  kiji serve --port 8080
  curl -sf -X POST 'http://127.0.0.1:8080/v1/render?format=pdf' \\
       -H 'Content-Type: text/markdown' --data-binary @article.md -o article.pdf
  KIJI_TOKENS=s3cret kiji serve --host 0.0.0.0 --redis redis://127.0.0.1:6379 --results /srv/kiji`,
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    workers: { type: 'string' },
    'max-queue': { type: 'string' },
    'render-timeout': { type: 'string' },
    'request-timeout': { type: 'string' },
    'token-file': { type: 'string' },
    cors: { type: 'string', multiple: true },
    redis: { type: 'string' },
    results: { type: 'string' },
    'log-level': { type: 'string' },
    ...LIMIT_OPTIONS,
  },
  async run({ positionals, values }, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const port = wholeNumber(values, 'port', 0, 65535) ?? 8080;
    const workers = wholeNumber(values, 'workers', 1, 256);
    const maxQueue = wholeNumber(values, 'max-queue', 0, 100_000);
    const renderTimeoutMs = seconds(values, 'render-timeout');
    const requestTimeoutMs = seconds(values, 'request-timeout');
    const level = typeof values['log-level'] === 'string' ? values['log-level'] : 'info';
    if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(level))
      throw new UsageError(`--log-level "${level}": use fatal, error, warn, info, debug, trace or silent`);
    if (values.results !== undefined && values.redis === undefined)
      throw new UsageError('--results applies to jobs only: add --redis URL');
    const redis = typeof values.redis === 'string' ? checkRedisUrl(values.redis) : undefined;
    const limits = readLimits(values);
    const tokens = await readTokens(values, io.cwd);

    const { createServer } = await loadServer();
    const app = await createServer({
      ...(workers ? { workers } : {}),
      ...(maxQueue !== undefined ? { maxQueue } : {}),
      ...(renderTimeoutMs ? { renderTimeoutMs } : {}),
      ...(requestTimeoutMs ? { requestTimeoutMs } : {}),
      limits,
      tokens,
      corsOrigins: (values.cors as string[] | undefined) ?? [],
      logger: { level },
      ...(redis
        ? {
            jobs: {
              redis,
              ...(typeof values.results === 'string' ? { resultsDir: resolve(io.cwd, values.results) } : {}),
            },
          }
        : {}),
    });
    await app.listen({ host: typeof values.host === 'string' ? values.host : '127.0.0.1', port });
    await untilStopSignal();
    app.log.info('shutting down: no new requests; finishing the renders in flight');
    await app.close();
    return EXIT.ok;
  },
};

/** `redis://host:port[/db]` or `rediss://…`, or a usage error. */
export function checkRedisUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--redis "${text}" is not a URL: give redis://host:6379`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new UsageError(`--redis "${text}": the URL must start with redis:// or rediss://`);
  return text;
}
