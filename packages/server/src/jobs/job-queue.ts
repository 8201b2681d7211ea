import { type Job, Queue } from 'bullmq';
import type { JobData } from './job-data.js';
import type { JobResult } from './results-dir.js';

/** The queue's name unless told otherwise; the service and every worker must agree on it. */
export const DEFAULT_QUEUE = 'kiji-render';

/** Retries of a job that failed for a reason other than its input (a crash), with backoff. */
export const JOB_ATTEMPTS = 3;
export const JOB_BACKOFF_MS = 2000;

/** What the service asks of the queue. */
export interface JobQueue {
  /** Put a job on the queue under `id`; a job already there under that id is returned instead. */
  add(id: string, data: JobData): Promise<Job<JobData, JobResult>>;
  get(id: string): Promise<Job<JobData, JobResult> | undefined>;
  /** Undefined when Redis answers within a second, else why not. */
  check(): Promise<string | undefined>;
  close(): Promise<void>;
}

export function createJobQueue(redis: string, name = DEFAULT_QUEUE): JobQueue {
  const queue = new Queue<JobData, JobResult>(name, {
    // Fail at once while Redis is away, so a client hears 503 instead of waiting on a promise.
    connection: { url: redis, enableOfflineQueue: false, maxRetriesPerRequest: 1 },
    defaultJobOptions: {
      attempts: JOB_ATTEMPTS,
      backoff: { type: 'exponential', delay: JOB_BACKOFF_MS },
      // Kept for a week so that GET /v1/jobs/{id} can tell, and a job posted again is not redone.
      removeOnComplete: { age: 7 * 24 * 3600 },
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  });
  // Connection errors are reported by check() and by the requests they fail; without a listener
  // they would be thrown as unhandled.
  queue.on('error', () => {});
  return {
    add: (id, data) => queue.add('render', data, { jobId: id }),
    get: async (id) => (await queue.getJob(id)) ?? undefined,
    async check() {
      try {
        // The ioredis client under BullMQ's Redis backend.
        const client = (await withTimeout(queue.getBackend().client, 1000)) as unknown as {
          ping(): Promise<string>;
        };
        await withTimeout(client.ping(), 1000);
        return undefined;
      } catch (error) {
        return `Redis does not answer (${(error as Error).message})`;
      }
    },
    close: () => queue.close(),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
