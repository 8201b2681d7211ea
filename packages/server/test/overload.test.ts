import { connect } from 'node:net';
import { describe, expect, test } from 'vitest';
import { createServer } from '../dist/index.js';
import { fixture, isPdf, post } from './helpers.js';

const json = { 'content-type': 'application/json' };

describe('a full queue, a render over its time, shutdown and slow clients', () => {
  test('a render beyond workers + queue is answered 503 with Retry-After', async () => {
    const app = await createServer({ workers: 1, maxQueue: 0, logger: false });
    try {
      // The first (cold) PDF parses the fonts: it holds the only place while the second arrives.
      const request = {
        method: 'POST' as const,
        url: '/v1/render',
        headers: json,
        payload: fixture('001-minimal'),
      };
      const responses = await Promise.all([app.inject(request), app.inject(request)]);
      const statuses = responses.map((response) => response.statusCode).sort();
      expect(statuses).toEqual([200, 503]);
      const busy = responses.find((response) => response.statusCode === 503)!;
      expect(Number(busy.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(busy.json().type).toMatch(/#problem-busy$/);
      const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
      expect(metrics).toContain('kiji_renders_rejected_total{reason="busy"} 1');
    } finally {
      await app.close();
    }
  });

  test('a render over its time is ended, its worker replaced, and the next render works', async () => {
    const app = await createServer({ workers: 1, renderTimeoutMs: 2000, logger: false });
    try {
      // A hundred-odd pages of Japanese text: seconds of layout on any machine.
      const article = JSON.parse(fixture('001-minimal'));
      const paragraph = article.children[0];
      article.children = Array.from({ length: 3000 }, () => paragraph);
      const slow = await post(app, '/v1/render', JSON.stringify(article));
      expect(slow.statusCode).toBe(504);
      expect(slow.json().detail).toMatch(/ended after 2 s/);
      const next = await post(app, '/v1/render?format=html', fixture('001-minimal'));
      expect(next.statusCode).toBe(200);
      const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
      expect(metrics).toContain('kiji_render_worker_restarts_total 1');
      expect(metrics).toContain('kiji_renders_rejected_total{reason="timeout"} 1');
    } finally {
      await app.close();
    }
  });

  test('shutdown stops accepting and finishes the render in flight', async () => {
    const app = await createServer({ workers: 1, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    const inFlight = fetch(`http://127.0.0.1:${port}/v1/render`, {
      method: 'POST',
      headers: json,
      body: fixture('001-minimal'),
    });
    // Closing once the request is being rendered (the gate holds it).
    const kiji = (app as unknown as { kiji: { gate: { held: number } } }).kiji;
    while (kiji.gate.held === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const closed = app.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(isPdf(Buffer.from(await response.arrayBuffer()))).toBe(true);
    await closed;
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  test('a client that sends its body too slowly gets 408 and the service stays up', async () => {
    const app = await createServer({ workers: 1, logger: false, requestTimeoutMs: 1000 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    try {
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        let received = '';
        socket.on('data', (chunk) => {
          received += chunk.toString('latin1');
        });
        socket.on('close', () => resolve(received));
        socket.on('error', reject);
        socket.write(
          'POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
        );
        // One byte now and then, never the whole body.
        const drip = setInterval(() => socket.writable && socket.write(' '), 200);
        socket.on('close', () => clearInterval(drip));
        setTimeout(() => socket.destroy(), 10_000);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
