import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** One file of a finished job. */
export interface ResultFile {
  name: string;
  bytes: number;
  sha256: string;
}

/** What a finished job leaves in its folder as `job.json`, and returns to the queue. */
export interface JobResult {
  id: string;
  files: ResultFile[];
  warnings: { article?: string; format: string; path: string; message: string }[];
}

/** Job ids are hex hashes; nothing else names a folder here. */
export const JOB_ID = /^[0-9a-f]{32}$/;
const TEMPORARY_PREFIX = '.tmp-';

/**
 * The result of job `id` when it is finished: its folder exists only once complete, because it
 * is written under a temporary name and renamed into place.
 */
export async function readResult(resultsDir: string, id: string): Promise<JobResult | undefined> {
  if (!JOB_ID.test(id)) return undefined;
  try {
    return JSON.parse(await readFile(join(resultsDir, id, 'job.json'), 'utf8')) as JobResult;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Write a job's files so that no reader ever sees part of them: into a temporary folder in the
 * results directory (the same file system, a shared volume too), each file flushed to disk, then
 * one rename of the folder to the job's id. When another worker finished the same job first, its
 * folder stays and this one is dropped: a job completes once.
 */
export async function writeResult(
  resultsDir: string,
  id: string,
  files: { name: string; data: Uint8Array | string }[],
  warnings: JobResult['warnings'],
): Promise<JobResult> {
  await mkdir(resultsDir, { recursive: true });
  const temporary = join(
    resultsDir,
    `${TEMPORARY_PREFIX}${id}-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  await mkdir(temporary);
  try {
    const written: ResultFile[] = [];
    for (const { name, data } of files) {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      await writeDurably(join(temporary, name), bytes);
      written.push({
        name,
        bytes: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
    }
    const result: JobResult = { id, files: written, warnings };
    await writeDurably(join(temporary, 'job.json'), Buffer.from(`${JSON.stringify(result, null, 2)}\n`));
    try {
      await rename(temporary, join(resultsDir, id));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      // Finished by another worker meanwhile: theirs is the result.
      await rm(temporary, { recursive: true, force: true });
      return (await readResult(resultsDir, id)) ?? result;
    }
    return result;
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

async function writeDurably(path: string, data: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Remove temporary folders older than `maxAgeMs`, left by workers killed while writing. Young ones
 * may belong to a worker writing now, on this machine or another.
 */
export async function removeStaleTemporaries(resultsDir: string, maxAgeMs: number): Promise<number> {
  let removed = 0;
  const entries = await readdir(resultsDir).catch(() => [] as string[]);
  for (const entry of entries) {
    if (!entry.startsWith(TEMPORARY_PREFIX)) continue;
    const path = join(resultsDir, entry);
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > maxAgeMs) {
      await rm(path, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
