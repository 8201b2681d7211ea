import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { loadServer } from '../load-server.js';
import { untilStopSignal } from '../stop-signal.js';
import { checkRedisUrl, seconds, wholeNumber } from './serve.js';

export const worker: Command = {
  name: 'worker',
  summary: 'take render jobs from a Redis queue and write their files to a results directory',
  help: `Usage: kiji worker --redis URL --results DIR [--workers N] [--render-timeout SECONDS]

Takes the render jobs posted to kiji serve (POST /v1/jobs) from the queue in Redis, renders them
on worker threads and writes each job's files to DIR/<job id>/ (with job.json listing them). Run
as many workers on as many machines as the work needs: each takes the next job. On several
machines DIR is a shared volume (NFS, SMB…) that every worker and the service mount.

A job is written under a temporary name and renamed into place, so a job's folder is complete or
absent; a job already in DIR is not rendered again. A job whose input is bad fails at once; any
other failure is retried (3 attempts, backoff from 2 s); a worker that dies mid-job leaves the job
to another worker once its lock runs out. SIGTERM or SIGINT finishes the jobs in hand, then exits 0.

Options:
  --redis URL               the queue's Redis, redis://host:6379 (required)
  --results DIR             where finished jobs go (required)
  --workers N               render threads and jobs taken at once (default: one per CPU)
  --render-timeout SECONDS  one render's limit (default 300); a job over it fails without retry
  --lock SECONDS            how long a job stays locked without word from its worker before
                            another takes it (default 30)
  --queue NAME              queue name (default kiji-render)

Examples:
  kiji worker --redis redis://127.0.0.1:6379 --results out/jobs
  kiji worker --redis redis://queue.newsroom.internal:6379 --results /mnt/kiji-results --workers 4`,
  options: {
    redis: { type: 'string' },
    results: { type: 'string' },
    workers: { type: 'string' },
    'render-timeout': { type: 'string' },
    lock: { type: 'string' },
    queue: { type: 'string' },
  },
  async run({ positionals, values }, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (typeof values.redis !== 'string') throw new UsageError('--redis URL is required (redis://host:6379)');
    if (typeof values.results !== 'string') throw new UsageError('--results DIR is required');
    const redis = checkRedisUrl(values.redis);
    const workers = wholeNumber(values, 'workers', 1, 256);
    const renderTimeoutMs = seconds(values, 'render-timeout');
    const lockDurationMs = seconds(values, 'lock');
    const queue = typeof values.queue === 'string' ? values.queue : undefined;
    const resultsDir = resolve(io.cwd, values.results);

    const { startJobWorker } = await loadServer();
    const running = await startJobWorker({
      redis,
      resultsDir,
      ...(workers ? { workers } : {}),
      ...(renderTimeoutMs ? { renderTimeoutMs } : {}),
      ...(lockDurationMs ? { lockDurationMs } : {}),
      ...(queue ? { queue } : {}),
      // JSON lines on stdout, as kiji serve logs.
      log: (event) => io.stdout(`${JSON.stringify({ time: Date.now(), pid: process.pid, ...event })}\n`),
    });
    const stop = untilStopSignal();
    await running.ready();
    io.stdout(
      `${JSON.stringify({ time: Date.now(), pid: process.pid, level: 'info', msg: 'worker ready', redis: redactUrl(redis), resultsDir })}\n`,
    );
    await stop;
    io.stdout(
      `${JSON.stringify({ time: Date.now(), pid: process.pid, level: 'info', msg: 'stopping: finishing the jobs in hand' })}\n`,
    );
    await running.close();
    return EXIT.ok;
  },
};

/** The URL without its password, for the log. */
function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
