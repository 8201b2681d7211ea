import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { isInputError, parseJsonText } from '@kiji/core';
import type { FastifyInstance } from 'fastify';
import { type JobRequest, jobIdOf, parseJobRequest } from '../jobs/job-data.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { jobStatus } from '../jobs/job-status.js';
import { JOB_ID, readResult } from '../jobs/results-dir.js';
import { checkJsonDepth } from '../json-depth.js';
import { ProblemError } from '../problem.js';
import { problemResponses } from '../schemas.js';
import type { ResolvedServerOptions } from '../server-options.js';

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  epub: 'application/epub+zip',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
};

export const JobStatusSchema = {
  $id: 'JobStatus',
  type: 'object',
  properties: {
    id: { type: 'string' },
    state: { type: 'string', enum: ['waiting', 'active', 'delayed', 'completed', 'failed', 'unknown'] },
    attempts: { type: 'integer' },
    files: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          bytes: { type: 'integer' },
          sha256: { type: 'string' },
          url: { type: 'string' },
        },
        required: ['name', 'bytes', 'sha256', 'url'],
      },
    },
    problems: { $ref: 'ProblemDocument#/properties/problems' },
    error: { type: 'string' },
  },
  required: ['id', 'state', 'attempts'],
} as const;

/** Redis is away: the job was not taken; the client may post it again in a few seconds. */
const redisDown = (error: unknown) =>
  new ProblemError(
    'not-ready',
    `the job queue cannot be reached (${(error as Error).message}): post the job again`,
    {
      retryAfter: 5,
    },
  );

/** `POST /v1/jobs`, `GET /v1/jobs/{id}`, `GET /v1/jobs/{id}/files/{name}`. */
export function jobRoutes(
  app: FastifyInstance,
  deps: { queue: JobQueue; options: ResolvedServerOptions },
): void {
  const { queue, options } = deps;
  const resultsDir = options.jobs?.resultsDir;
  const maxJobBytes = options.limits.maxInputBytes * 4;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: maxJobBytes },
    (_request, body, done) => {
      try {
        checkJsonDepth(body as string);
        done(null, parseJsonText(body as string, 'job'));
      } catch (error) {
        if (isInputError(error))
          done(
            new ProblemError('bad-request', 'the body is not JSON', { problems: error.problems }),
            undefined,
          );
        else done(error as Error, undefined);
      }
    },
  );

  app.post<{ Body: JobRequest }>(
    '/jobs',
    {
      bodyLimit: maxJobBytes,
      schema: {
        operationId: 'postJob',
        summary: 'Queue a render job: articles rendered each alone, or as one edition',
        description:
          'The id is a hash of what the job renders: the same job posted twice is one job, rendered once. Workers (kiji worker) take jobs from the queue and write the files to the results directory.',
        body: { $ref: 'JobRequest#' },
        response: {
          200: {
            description: 'Already finished',
            content: { 'application/json': { schema: { $ref: 'JobStatus#' } } },
          },
          202: {
            description: 'Queued (or queued before)',
            content: { 'application/json': { schema: { $ref: 'JobStatus#' } } },
          },
          ...problemResponses(400, 401, 408, 413, 415, 422, 500, 503),
        },
      },
    },
    async (request, reply) => {
      let data: ReturnType<typeof parseJobRequest>;
      try {
        data = parseJobRequest(request.body, options.limits);
      } catch (error) {
        if (!isInputError(error)) throw error;
        throw new ProblemError(
          'invalid-input',
          `the job has ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}`,
          {
            problems: error.problems,
          },
        );
      }
      const id = jobIdOf(data);
      const location = `/v1/jobs/${id}`;
      // Finished before (and perhaps gone from Redis since): not queued again.
      const finished = resultsDir ? await readResult(resultsDir, id) : undefined;
      if (finished) {
        const known = await queue.get(id).catch(() => undefined);
        return reply
          .code(200)
          .header('location', location)
          .send(await jobStatus(id, known, finished));
      }
      const job = await queue.add(id, data).catch((error: unknown) => {
        throw redisDown(error);
      });
      const status = await jobStatus(id, job, undefined).catch((error: unknown) => {
        throw redisDown(error);
      });
      request.log.info({ job: id, state: status.state }, 'job accepted');
      return reply
        .code(status.state === 'completed' ? 200 : 202)
        .header('location', location)
        .send(status);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/jobs/:id',
    {
      schema: {
        operationId: 'getJob',
        summary: "A job's state, attempts, and its files or problems",
        params: {
          type: 'object',
          properties: { id: { type: 'string', pattern: JOB_ID.source } },
          required: ['id'],
        },
        response: {
          200: {
            description: 'The job',
            content: { 'application/json': { schema: { $ref: 'JobStatus#' } } },
          },
          ...problemResponses(400, 401, 404, 500, 503),
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const result = resultsDir ? await readResult(resultsDir, id) : undefined;
      const job = await queue.get(id).catch((error: unknown) => {
        if (result) return undefined;
        throw redisDown(error);
      });
      if (!job && !result)
        throw new ProblemError(
          'not-found',
          `no job ${id}: it was never posted, or finished more than a week ago`,
        );
      return jobStatus(id, job, result).catch((error: unknown) => {
        throw redisDown(error);
      });
    },
  );

  app.get<{ Params: { id: string; name: string } }>(
    '/jobs/:id/files/:name',
    {
      schema: {
        operationId: 'getJobFile',
        summary: "A finished job's file (when the service is given the results directory)",
        params: {
          type: 'object',
          properties: { id: { type: 'string', pattern: JOB_ID.source }, name: { type: 'string' } },
          required: ['id', 'name'],
        },
        response: {
          200: {
            description: 'The file',
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
          ...problemResponses(400, 401, 404, 500),
        },
      },
    },
    async (request, reply) => {
      const { id, name } = request.params;
      if (!resultsDir)
        throw new ProblemError(
          'not-found',
          'this service is not given the results directory (kiji serve --results DIR)',
        );
      const result = await readResult(resultsDir, id);
      const file = result?.files.find((candidate) => candidate.name === name);
      if (!file) throw new ProblemError('not-found', `job ${id} has no finished file "${name}"`);
      const extension = name.split('.').pop() ?? '';
      return reply
        .header('content-type', MEDIA_TYPES[extension] ?? 'application/octet-stream')
        .header('content-length', String(file.bytes))
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(createReadStream(join(resultsDir, id, name)));
    },
  );
}
