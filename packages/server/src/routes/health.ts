import type { FastifyInstance } from 'fastify';
import type { ServiceMetrics } from '../metrics.js';

/** A readiness check: `undefined` when ready, else why not. */
export type ReadinessCheck = () => Promise<string | undefined> | string | undefined;

/** `GET /healthz` (the process answers), `/readyz` (it can take work), `/metrics`, `/openapi.json`. */
export function healthRoutes(
  app: FastifyInstance,
  deps: { checks: Record<string, ReadinessCheck>; metrics: ServiceMetrics },
): void {
  const health = { 200: { $ref: 'Health#' }, 503: { $ref: 'Health#' } };
  app.get(
    '/healthz',
    { schema: { operationId: 'healthz', summary: 'Liveness', response: health } },
    async () => ({
      status: 'ok',
    }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        operationId: 'readyz',
        summary: 'Readiness: render workers up, Redis reachable (with jobs), not shutting down',
        response: health,
      },
    },
    async (_request, reply) => {
      const checks: Record<string, string> = {};
      let ready = true;
      for (const [name, check] of Object.entries(deps.checks)) {
        const problem = await check();
        checks[name] = problem ?? 'ok';
        if (problem) ready = false;
      }
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ok' : 'not ready', checks });
    },
  );
  app.get(
    '/metrics',
    { schema: { operationId: 'metrics', summary: 'Prometheus metrics', hide: false } },
    async (_request, reply) =>
      reply
        .header('content-type', deps.metrics.registry.contentType)
        .send(await deps.metrics.registry.metrics()),
  );
  app.get(
    '/openapi.json',
    { schema: { operationId: 'openapi', summary: 'This API as OpenAPI 3.1' } },
    async () => app.swagger(),
  );
}
