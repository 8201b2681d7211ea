import type { InputProblem } from '@kiji/core';
import type { Job } from 'bullmq';
import type { JobData } from './job-data.js';
import type { JobResult } from './results-dir.js';

const BAD_INPUT = 'bad input: ';

/** The reason a job failed for its input, carrying the problems (BullMQ keeps only a string). */
export function badInputReason(problems: InputProblem[], where?: string): string {
  const placed = where
    ? problems.map((problem) => ({ ...problem, path: problem.path ? `${where}.${problem.path}` : where }))
    : problems;
  return `${BAD_INPUT}${JSON.stringify(placed)}`;
}

/** A job's state as `GET /v1/jobs/{id}` answers it. */
export interface JobStatus {
  id: string;
  state: 'waiting' | 'active' | 'delayed' | 'completed' | 'failed' | 'unknown';
  /** Times a worker started the job: a retry after a failure, or after its worker died, is one more. */
  attempts: number;
  /** The finished job's files, with their URLs. */
  files?: { name: string; bytes: number; sha256: string; url: string }[];
  /** Why it failed for its input: every problem with its path in the job. */
  problems?: InputProblem[];
  /** Why it failed otherwise. */
  error?: string;
}

/** The status of a job found on the queue, or of a result found in the results directory. */
export async function jobStatus(
  id: string,
  job: Job<JobData, JobResult> | undefined,
  result: JobResult | undefined,
): Promise<JobStatus> {
  // A finished result is what counts, whatever Redis remembers of the job.
  const files = (done: JobResult) =>
    done.files.map((file) => ({ ...file, url: `/v1/jobs/${id}/files/${encodeURIComponent(file.name)}` }));
  if (!job) return { id, state: 'completed', attempts: 0, files: files(result!) };
  let state = result ? 'completed' : await job.getState();
  // The job's fields were read before its state: a job that finished in between is reported as
  // still running, so that a status never says failed without the reason or completed without the
  // files (the next poll has them).
  if (
    (state === 'failed' && !job.failedReason) ||
    (state === 'completed' && !result && job.returnvalue == null)
  )
    state = 'active';
  const status: JobStatus = {
    id,
    state:
      (['waiting', 'active', 'delayed', 'completed', 'failed'] as const).find((known) => known === state) ??
      (state === 'prioritized' || state === 'waiting-children' ? 'waiting' : 'unknown'),
    attempts: Math.max(job.attemptsStarted ?? 0, job.attemptsMade),
  };
  const done = result ?? (status.state === 'completed' ? job.returnvalue : undefined);
  if (status.state === 'completed' && done) status.files = files(done);
  if (status.state === 'failed' && job.failedReason) {
    if (job.failedReason.startsWith(BAD_INPUT)) {
      try {
        status.problems = JSON.parse(job.failedReason.slice(BAD_INPUT.length)) as InputProblem[];
      } catch {
        status.error = job.failedReason;
      }
    } else status.error = job.failedReason;
  }
  return status;
}
