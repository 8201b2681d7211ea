import { availableParallelism } from 'node:os';
import { formatProblems, isInputError } from '@kiji/core';
import { createRenderPool, type RenderPool, type RenderResult } from '@kiji/render-pool';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { checkJobData, type JobData } from './job-data.js';
import { DEFAULT_QUEUE } from './job-queue.js';
import { badInputReason } from './job-status.js';
import { type JobResult, readResult, removeStaleTemporaries, writeResult } from './results-dir.js';

/** Settings of `kiji worker`. */
export interface JobWorkerOptions {
  /** Redis URL, e.g. `redis://127.0.0.1:6379`. */
  redis: string;
  /** Where finished jobs go: `<resultsDir>/<job id>/`. On several machines, a shared volume. */
  resultsDir: string;
  /** Render threads, and jobs taken at once (default: the number of CPUs). */
  workers?: number;
  /** Longest one render may take (default 300,000 ms); a job over it fails without retry. */
  renderTimeoutMs?: number;
  /** How long a job stays locked without word from its worker before another may take it (default 30,000 ms). */
  lockDurationMs?: number;
  /** Queue name (default `kiji-render`). */
  queue?: string;
  /** Where the worker reports what it does (default: nothing). */
  log?: (event: Record<string, unknown>) => void;
}

/** A running worker: take jobs until closed. */
export interface JobWorker {
  /** Finish the jobs in hand, take no more, stop the render threads. */
  close(): Promise<void>;
  /** Resolves once the worker is connected and waiting for jobs. */
  ready(): Promise<void>;
}

/**
 * Take render jobs from the queue and write their files to the results directory. A job whose
 * input is bad fails at once (no retry); any other failure — a render thread that crashed, a full
 * disk — is retried with backoff; a worker process that dies mid-job leaves the job locked until
 * the lock runs out, then another worker takes it again. Writes are atomic and a job already in
 * the results directory is not rendered again, so each job completes once.
 */
export async function startJobWorker(options: JobWorkerOptions): Promise<JobWorker> {
  const workers = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  const log = options.log ?? (() => {});
  const pool = createRenderPool({ workers });
  const renderTimeoutMs = options.renderTimeoutMs ?? 300_000;
  await removeStaleTemporaries(options.resultsDir, 3600_000);
  const worker = new Worker<JobData, JobResult>(
    options.queue ?? DEFAULT_QUEUE,
    (job) => processJob(job, { pool, resultsDir: options.resultsDir, renderTimeoutMs, log }),
    {
      connection: { url: options.redis, maxRetriesPerRequest: null },
      concurrency: workers,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: Math.min(30_000, options.lockDurationMs ?? 30_000),
      // A job whose worker died twice is not tried a third time by that route.
      maxStalledCount: 2,
    },
  );
  worker.on('error', (error) => log({ level: 'warn', msg: 'queue connection', error: error.message }));
  worker.on('completed', (job) => log({ level: 'info', msg: 'job completed', job: job.id }));
  worker.on('failed', (job, error) =>
    log({ level: 'warn', msg: 'job failed', job: job?.id, attempt: job?.attemptsMade, error: error.message }),
  );
  worker.on('stalled', (id) =>
    log({ level: 'warn', msg: 'job stalled: its worker stopped answering', job: id }),
  );
  return {
    ready: () => worker.waitUntilReady().then(() => {}),
    async close() {
      await worker.close();
      await pool.close();
    },
  };
}

async function processJob(
  job: Job<JobData, JobResult>,
  context: {
    pool: RenderPool;
    resultsDir: string;
    renderTimeoutMs: number;
    log: (event: Record<string, unknown>) => void;
  },
): Promise<JobResult> {
  const id = job.id!;
  const done = await readResult(context.resultsDir, id);
  if (done) {
    context.log({ level: 'info', msg: 'job already in the results directory: not rendered again', job: id });
    return done;
  }
  context.log({ level: 'info', msg: 'job started', job: id, attempt: job.attemptsMade + 1 });
  let data: JobData;
  try {
    data = checkJobData(job.data);
  } catch (error) {
    if (isInputError(error)) throw new UnrecoverableError(badInputReason(error.problems));
    throw error;
  }
  const render = async (run: (signal: AbortSignal) => Promise<RenderResult>, where: string) => {
    const what = where || 'edition';
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), context.renderTimeoutMs);
    try {
      const result = await run(controller.signal);
      if (!result.ok) {
        if (result.badInput) throw new UnrecoverableError(badInputReason(result.problems, where));
        throw new Error(`${what}: ${formatProblems(result.problems)}`);
      }
      return result;
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      // The same input would take as long again: not retried.
      throw new UnrecoverableError(`${what}: the render took longer than ${context.renderTimeoutMs} ms`);
    } finally {
      clearTimeout(timer);
    }
  };

  const files: { name: string; data: Uint8Array | string }[] = [];
  const warnings: JobResult['warnings'] = [];
  if (data.edition) {
    const result = await render(
      (signal) =>
        context.pool.renderEdition(
          {
            edition: {
              meta: data.edition!,
              articles: data.articles.map(({ article, section }) => ({
                article,
                ...(section ? { section } : {}),
              })),
            },
            ...(data.formats.includes('pdf') ? { pdf: data.pdf ?? {} } : {}),
            ...(data.formats.includes('epub') ? { epub: data.epub ?? {} } : {}),
          },
          { signal },
        ),
      '',
    );
    if (result.ok && result.pdf) files.push({ name: 'edition.pdf', data: result.pdf });
    if (result.ok && result.epub) files.push({ name: 'edition.epub', data: result.epub });
    if (result.ok) warnings.push(...result.warnings);
  } else {
    const results = await Promise.all(
      data.articles.map(({ name, article }, index) =>
        render(
          (signal) =>
            context.pool.render(
              {
                article,
                ...(data.formats.includes('pdf') ? { pdf: data.pdf ?? {} } : {}),
                ...(data.formats.includes('epub') ? { epub: data.epub ?? {} } : {}),
                ...(data.formats.includes('html') ? { html: data.html ?? {} } : {}),
              },
              { signal },
            ),
          `articles[${index}].article`,
        ).then((result) => ({ name, result })),
      ),
    );
    for (const { name, result } of results) {
      if (!result.ok) continue;
      if (result.pdf) files.push({ name: `${name}.pdf`, data: result.pdf });
      if (result.epub) files.push({ name: `${name}.epub`, data: result.epub });
      if (result.html !== undefined) files.push({ name: `${name}.html`, data: result.html });
      warnings.push(...result.warnings.map((warning) => ({ article: name, ...warning })));
    }
  }
  await job.updateProgress(90);
  return writeResult(context.resultsDir, id, files, warnings);
}
