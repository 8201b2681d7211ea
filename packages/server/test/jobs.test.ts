import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWithRedis, startRedis, type TestRedis } from '@kiji/fixtures';
import { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type JobWorker, startJobWorker } from '../dist/index.js';
import { example, fixture, isZip } from './helpers.js';

const json = { 'content-type': 'application/json' };

describe.runIf(runWithRedis)('render jobs on a real Redis', () => {
  let redis: TestRedis;
  let app: FastifyInstance;
  let worker: JobWorker | undefined;
  let resultsDir: string;
  const queue = `kiji-test-${randomUUID()}`;
  const events: Record<string, unknown>[] = [];

  const startWorker = async () => {
    worker = await startJobWorker({
      redis: redis.url,
      resultsDir,
      queue,
      workers: 1,
      lockDurationMs: 2000,
      log: (event) => events.push(event),
    });
    await worker.ready();
  };
  const post = (body: unknown) =>
    app.inject({ method: 'POST', url: '/v1/jobs', headers: json, payload: JSON.stringify(body) });
  const status = async (id: string) => (await app.inject({ method: 'GET', url: `/v1/jobs/${id}` })).json();
  /** Poll until the job is completed or failed (the test's timeout bounds it). */
  const settled = async (id: string) => {
    for (;;) {
      const current = await status(id);
      if (current.state === 'completed' || current.state === 'failed') return current;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    redis = await startRedis();
    resultsDir = mkdtempSync(join(tmpdir(), 'kiji-results-'));
    app = await createServer({ workers: 1, logger: false, jobs: { redis: redis.url, resultsDir, queue } });
    await startWorker();
  });
  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await redis?.dispose();
    if (resultsDir) rmSync(resultsDir, { recursive: true, force: true });
  });

  const batch = {
    articles: [
      { name: 'eu-ai-act.md', text: example('eu-ai-act/article.md') },
      { name: 'minimal', article: JSON.parse(fixture('001-minimal')) },
    ],
    formats: ['epub', 'html'],
    html: { vertical: true },
  };

  test('a batch job renders each article; its files are served and match job.json', async () => {
    const accepted = await post(batch);
    expect(accepted.statusCode).toBe(202);
    const { id } = accepted.json();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(accepted.headers.location).toBe(`/v1/jobs/${id}`);
    const done = await settled(id);
    expect(done).toMatchObject({ id, state: 'completed', attempts: 1 });
    expect(done.files.map((file: { name: string }) => file.name).sort()).toEqual([
      'eu-ai-act.epub',
      'eu-ai-act.html',
      'minimal.epub',
      'minimal.html',
    ]);
    for (const file of done.files) {
      const download = await app.inject({ method: 'GET', url: file.url });
      expect(download.statusCode).toBe(200);
      expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(file.sha256);
    }
    expect(isZip(readFileSync(join(resultsDir, id, 'minimal.epub')))).toBe(true);
    expect(readFileSync(join(resultsDir, id, 'minimal.html'), 'utf8')).toContain('vertical');
  });

  test('the OpenAPI document has the job routes and the job schema', async () => {
    const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/v1/jobs', '/v1/jobs/{id}', '/v1/jobs/{id}/files/{name}']),
    );
    expect(document.paths['/v1/jobs'].post.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/JobRequest',
    );
    expect(document.components.schemas.JobStatus.properties.state.enum).toContain('completed');
  });

  test('the same job posted twice is one job, rendered once', async () => {
    const first = await settled((await post(batch)).json().id);
    const again = await post(batch);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.id, state: 'completed', attempts: 1 });
    expect(events.filter((event) => event.msg === 'job started' && event.job === first.id)).toHaveLength(1);
  });

  test('an edition job renders one pack', async () => {
    const accepted = await post({
      articles: [
        { name: 'summit.md', text: example('summit-2025/article.md'), section: '政治' },
        { name: 'eu.json', text: example('eu-ai-act/article.json'), section: '国際' },
      ],
      edition: { title: '朝のブリーフィング', number: 3 },
      formats: ['epub'],
    });
    expect(accepted.statusCode).toBe(202);
    const done = await settled(accepted.json().id);
    expect(done.state).toBe('completed');
    expect(done.files.map((file: { name: string }) => file.name)).toEqual(['edition.epub']);
    const epub = readFileSync(join(resultsDir, done.id, 'edition.epub'));
    expect(isZip(epub)).toBe(true);
    expect(epub.includes(Buffer.from('mimetypeapplication/epub+zip'))).toBe(true);
    expect(done.files[0].bytes).toBe(epub.byteLength);
  });

  test('bad input is refused at the door with every problem placed in the job', async () => {
    const response = await post({
      articles: [
        { name: 'a.md', text: '---\ntitle: x\n---\n\ntext\n' },
        { name: 'a.json', article: { type: 'article' } },
      ],
      formats: ['pdf', 'html'],
      edition: { title: 'x' },
    });
    expect(response.statusCode).toBe(422);
    const paths = response.json().problems.map((problem: { path: string }) => problem.path);
    expect(paths).toContain('articles[0].text.meta.language');
    expect(paths).toContain('articles[1].article.schemaVersion');
    const shape = await post({ articles: [{ name: 'a.md' }], formats: ['pdf'] });
    expect(shape.statusCode).toBe(400);
  });

  test('a job that fails for its input is not retried; another failure is retried with backoff', async () => {
    const direct = new Queue(queue, { connection: { url: redis.url } });
    try {
      const article = JSON.parse(fixture('002-sourced-quote'));
      const bad = {
        v: 1,
        articles: [{ name: 'bad', article: { ...article, sources: [] } }],
        formats: ['html'],
      };
      await direct.add('render', bad, {
        jobId: 'b'.repeat(32),
        attempts: 3,
        backoff: { type: 'exponential', delay: 200 },
      });
      const failed = await settled('b'.repeat(32));
      expect(failed).toMatchObject({ state: 'failed', attempts: 1 });
      expect(failed.problems[0].path).toMatch(/^articles\[0\]\.article\./);

      // A renderer that throws (here: a page size no renderer knows) is not the input's fault.
      const crash = {
        v: 1,
        articles: [{ name: 'x', article: JSON.parse(fixture('001-minimal')) }],
        formats: ['pdf'],
        pdf: { pageSize: 'B7' },
      };
      await direct.add('render', crash, {
        jobId: 'c'.repeat(32),
        attempts: 3,
        backoff: { type: 'exponential', delay: 200 },
      });
      const retried = await settled('c'.repeat(32));
      expect(retried).toMatchObject({ state: 'failed', attempts: 3 });
      expect(retried.error).toContain('unknown page size');
    } finally {
      await direct.close();
    }
  });

  test('Redis stopped: not ready, jobs refused with 503; back: ready, and the accepted job is done', async () => {
    await worker!.close();
    worker = undefined;
    const accepted = await post({
      articles: [{ name: 'kept', article: JSON.parse(fixture('003-term-list')) }],
      formats: ['html'],
    });
    expect(accepted.statusCode).toBe(202);
    await redis.stop();
    const down = await app.inject({ method: 'GET', url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.json().checks.redis).toMatch(/Redis does not answer/);
    const refused = await post({
      articles: [{ name: 'later', article: JSON.parse(fixture('004-lists')) }],
      formats: ['html'],
    });
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('5');
    await redis.start();
    for (;;) {
      if ((await app.inject({ method: 'GET', url: '/readyz' })).statusCode === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await startWorker();
    expect((await settled(accepted.json().id)).state).toBe('completed');
  });

  test('a worker process killed mid-job: the job is taken again and completes once, no partial result', async () => {
    const article = JSON.parse(fixture('001-minimal'));
    // A cold PDF takes seconds: still active when its worker is killed.
    article.children = Array.from({ length: 100 }, () => article.children[0]);
    const spawnWorker = () =>
      new Promise<ChildProcess>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [join(import.meta.dirname, 'support/job-worker.mjs'), redis.url, resultsDir, queue],
          {
            stdio: ['ignore', 'pipe', 'inherit'],
          },
        );
        let output = '';
        child.stdout!.on('data', (chunk) => {
          output += chunk;
          if (output.includes('"msg":"ready"')) resolve(child);
        });
        child.on('exit', (code) => reject(new Error(`worker exited with ${code}`)));
      });
    await worker!.close();
    worker = undefined;
    const first = await spawnWorker();
    const { id } = (await post({ articles: [{ name: 'long', article }], formats: ['pdf'] })).json();
    while ((await status(id)).state !== 'active') await new Promise((resolve) => setTimeout(resolve, 50));
    first.kill('SIGKILL');
    expect(readdirSync(resultsDir)).not.toContain(id);
    const second = await spawnWorker();
    try {
      const done = await settled(id);
      expect(done.state).toBe('completed');
      const written = JSON.parse(readFileSync(join(resultsDir, id, 'job.json'), 'utf8'));
      const pdf = readFileSync(join(resultsDir, id, 'long.pdf'));
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(written.files[0].sha256);
      expect(readdirSync(join(resultsDir, id)).sort()).toEqual(['job.json', 'long.pdf']);
    } finally {
      second.kill('SIGTERM');
    }
  }, 180_000);
});
