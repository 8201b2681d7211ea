import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, runWithRedis, startRedis } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** Start `kiji serve` and wait for its "listening" log line; resolves with its URL. */
function startServe(args: string[]): Promise<{ child: ChildProcess; url: string; logs: () => string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--workers', '1', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      logs += chunk;
      const url = /"msg":"Server listening at (http:\/\/127\.0\.0\.1:\d+)"/.exec(logs)?.[1];
      if (url) resolve({ child, url, logs: () => logs });
    });
    child.stderr!.on('data', (chunk) => {
      logs += chunk;
    });
    child.on('exit', (code) => reject(new Error(`kiji serve exited with ${code}: ${logs}`)));
  });
}

describe('kiji serve', () => {
  test('serves the API with JSON logs naming each request id, and exits 0 on SIGTERM', async () => {
    const { child, url, logs } = await startServe(['--log-level', 'info']);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const validate = await fetch(`${url}/v1/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'cli-test-1' },
      body: readFileSync(join(corpusDir, '001-minimal.json'), 'utf8'),
    });
    expect(await validate.json()).toMatchObject({ valid: true });
    const render = fetch(`${url}/v1/render?format=html`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: readFileSync(join(corpusDir, '002-sourced-quote.json'), 'utf8'),
    });
    const response = await render;
    child.kill('SIGTERM');
    expect(response.status).toBe(200);
    expect(await exited).toBe(0);
    const lines = logs()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
    expect(lines.some((line) => line.reqId === 'cli-test-1' && line.res?.statusCode === 200)).toBe(true);
    expect(lines.some((line) => /shutting down/.test(line.msg))).toBe(true);
  });

  test('a bearer token from --token-file is required on /v1/', async () => {
    const tokenFile = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'tokens.txt');
    const { child, url } = await startServe(['--token-file', tokenFile]);
    try {
      const post = (token?: string) =>
        fetch(`${url}/v1/validate`, {
          method: 'POST',
          headers: {
            'content-type': 'text/markdown',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: '# x',
        });
      expect((await post()).status).toBe(401);
      expect((await post('desk-token-1')).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });

  test('usage errors are exit 2 with the option named', async () => {
    for (const [args, message] of [
      [['--port', '99999'], '--port "99999" is not a whole number from 0 to 65535'],
      [['--render-timeout', 'soon'], '--render-timeout "soon" is not a number of seconds'],
      [['--redis', 'http://x'], 'must start with redis://'],
      [['--results', 'out'], '--results applies to jobs only'],
      [['--log-level', 'loud'], '--log-level "loud"'],
    ] as const) {
      const result = await runCli(['serve', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });
});

/** Start `kiji worker` and wait for its "worker ready" line. */
function startWorker(args: string[]): Promise<{ child: ChildProcess; logs: () => string }> {
  const child = spawn(process.execPath, [bin, 'worker', '--workers', '1', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      logs += chunk;
      if (logs.includes('"msg":"worker ready"')) resolve({ child, logs: () => logs });
    });
    child.stderr!.on('data', (chunk) => {
      logs += chunk;
    });
    child.on('exit', (code) => reject(new Error(`kiji worker exited with ${code}: ${logs}`)));
  });
}

describe.runIf(runWithRedis)('kiji serve --redis and kiji worker', () => {
  test('a job posted to the service is rendered by a worker; both stop on SIGTERM', async () => {
    const redis = await startRedis();
    const results = mkdtempSync(join(tmpdir(), 'kiji-jobs-'));
    try {
      const {
        child: service,
        url,
        logs: serviceLogs,
      } = await startServe(['--redis', redis.url, '--results', results]);
      const { child: worker, logs } = await startWorker(['--redis', redis.url, '--results', results]);
      const why = () => `service:\n${serviceLogs()}\nworker:\n${logs()}`;
      const exits = [service, worker].map((child) => new Promise((resolve) => child.on('exit', resolve)));
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const posted = await fetch(`${url}/v1/jobs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          articles: [
            { name: 'minimal.json', text: readFileSync(join(corpusDir, '001-minimal.json'), 'utf8') },
          ],
          formats: ['html'],
        }),
      });
      expect(posted.status, why()).toBe(202);
      const location = posted.headers.get('location')!;
      let status: { state: string; files?: { name: string; url: string }[] };
      do {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = (await (await fetch(`${url}${location}`)).json()) as typeof status;
      } while (status.state !== 'completed' && status.state !== 'failed');
      expect(status.state, why()).toBe('completed');
      const html = await (await fetch(`${url}${status.files![0]!.url}`)).text();
      expect(html).toContain('最小の');
      expect(logs()).toContain('"msg":"job completed"');
      service.kill('SIGTERM');
      worker.kill('SIGTERM');
      expect(await Promise.all(exits), why()).toEqual([0, 0]);
    } finally {
      await redis.dispose();
      rmSync(results, { recursive: true, force: true });
    }
    // Two processes, a Redis and a render: a budget against hangs on a loaded machine.
  }, 240_000);
});
