import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import cors from '@fastify/cors';
import { createRenderPool } from '@kiji/render-pool';
import Fastify, { type FastifyInstance } from 'fastify';
import { readArticleBodies } from './article-body.js';
import { bearerCheck } from './bearer-auth.js';
import { sendProblem } from './error-handler.js';
import { JobRequestSchema } from './jobs/job-data.js';
import { createJobQueue } from './jobs/job-queue.js';
import { createMetrics } from './metrics.js';
import { registerOpenApi } from './openapi.js';
import { ProblemError, problemDocument } from './problem.js';
import { createRenderGate } from './render-gate.js';
import { healthRoutes, type ReadinessCheck } from './routes/health.js';
import { JobStatusSchema, jobRoutes } from './routes/jobs.js';
import { lintRoute } from './routes/lint.js';
import { renderRoute } from './routes/render.js';
import { validateRoute } from './routes/validate.js';
import { sharedSchemas } from './schemas.js';
import { resolveServerOptions, type ServerOptions } from './server-options.js';
import { VERSION } from './version.js';

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * Build the render service: a Fastify app with its render pool. `app.listen()` serves it;
 * `app.close()` stops accepting, lets the renders in flight finish, then stops the workers.
 */
export async function createServer(given: ServerOptions = {}): Promise<FastifyInstance> {
  const options = resolveServerOptions(given, availableParallelism());
  const app = Fastify({
    logger: options.logger,
    // A client's request id is kept when it is a plain token; otherwise one is made.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Slow clients: the whole request within requestTimeoutMs (checked every second), else 408.
    requestTimeout: options.requestTimeoutMs,
    http: { connectionsCheckingInterval: 1000, headersTimeout: Math.min(options.requestTimeoutMs, 60_000) },
    bodyLimit: options.limits.maxInputBytes,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
    return503OnClosing: true,
  });

  const pool = createRenderPool({ workers: options.workers });
  const gate = createRenderGate({
    workers: options.workers,
    maxQueue: options.maxQueue,
    timeoutMs: options.renderTimeoutMs,
  });
  const metrics = createMetrics({
    queued: () => pool.stats().queued,
    held: () => gate.held,
    restarts: () => pool.stats().restarts,
  });
  let closing = false;
  const checks: Record<string, ReadinessCheck> = {
    workers: () => (pool.stats().threads > 0 ? undefined : 'no render worker is running'),
    shutdown: () => (closing ? 'the service is shutting down' : undefined),
  };
  const queue = options.jobs ? createJobQueue(options.jobs.redis, options.jobs.queue) : undefined;
  if (queue) checks.redis = () => queue.check();

  for (const schema of [...sharedSchemas, ...(queue ? [JobRequestSchema, JobStatusSchema] : [])])
    app.addSchema(schema);
  await registerOpenApi(app, VERSION);
  app.setErrorHandler(sendProblem);
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .header('content-type', 'application/problem+json')
      .send(
        problemDocument('not-found', `no route ${request.method} ${request.url.split('?')[0]}`, request.id),
      ),
  );
  if (options.corsOrigins.length > 0) await app.register(cors, { origin: [...options.corsOrigins] });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.requestDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.addHook('preClose', async () => {
    closing = true;
  });
  // While shutting down, each answer closes its connection: a kept-alive one would hold the
  // server open until the client let go.
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  app.addHook('onClose', async () => {
    // The server has stopped accepting; the renders still held finish before the workers stop.
    await gate.idle();
    await pool.close();
    await queue?.close();
  });

  healthRoutes(app, { checks, metrics });
  const check = bearerCheck(options.tokens);
  await app.register(
    async (v1) => {
      if (check) {
        v1.addHook('onRequest', async (request) => check(request.headers.authorization));
      }
      await v1.register(async (articles) => {
        readArticleBodies(articles, options.limits.maxInputBytes);
        renderRoute(articles, { pool, gate, metrics, options });
        validateRoute(articles, options);
        lintRoute(articles, options);
      });
      if (queue) await v1.register(async (jobs) => jobRoutes(jobs, { queue, options }));
    },
    { prefix: '/v1' },
  );
  app.decorate('kiji', { pool, gate, metrics, checks, options });
  return app;
}

export { ProblemError };
