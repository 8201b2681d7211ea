import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The service's Prometheus metrics, in a registry of its own (never the global one). */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  requestDuration: Histogram<'method' | 'route'>;
  renderDuration: Histogram<'format' | 'outcome'>;
  rejected: Counter<'reason'>;
}

export function createMetrics(read: {
  queued: () => number;
  held: () => number;
  restarts: () => number;
}): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kiji_' });
  const requests = new Counter({
    name: 'kiji_http_requests_total',
    help: 'HTTP requests answered, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const requestDuration = new Histogram({
    name: 'kiji_http_request_duration_seconds',
    help: 'Time to answer an HTTP request',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const renderDuration = new Histogram({
    name: 'kiji_render_duration_seconds',
    help: 'Time of a render on the pool, waiting included, by format and outcome',
    labelNames: ['format', 'outcome'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60],
    registers: [registry],
  });
  const rejected = new Counter({
    name: 'kiji_renders_rejected_total',
    help: 'Renders refused or ended: busy (queue full) or timeout',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const gauge = (name: string, help: string, value: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(value());
      },
    });
  gauge('kiji_render_queue_depth', 'Renders waiting for a worker thread', read.queued);
  gauge('kiji_renders_in_flight', 'Renders held by the service: running and waiting', read.held);
  let restarts = 0;
  new Counter({
    name: 'kiji_render_worker_restarts_total',
    help: 'Render worker threads ended and replaced (a render over its time, a crashed thread)',
    registers: [registry],
    collect() {
      const now = read.restarts();
      if (now > restarts) this.inc(now - restarts);
      restarts = now;
    },
  });
  return { registry, requests, requestDuration, renderDuration, rejected };
}
