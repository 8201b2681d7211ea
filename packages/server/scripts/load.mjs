// The load and fault run of the render service, on this machine only (127.0.0.1), bounded in
// count and time: 500 renders from 16 clients, a worker process killed mid-job, Redis stopped
// for a few seconds, hostile requests. Figures go to out/serve/load.json and load.md.
//   pnpm --filter @kiji/server load          (after pnpm build; needs redis-server)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, freePort, startRedis } from '@kiji/fixtures';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '../../..');
const outDir = join(repo, 'out/serve');
const RENDERS = Number(process.env.LOAD_RENDERS ?? 500);
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 16);
const WORKERS = Number(process.env.LOAD_WORKERS ?? 2);
const DEADLINE = Date.now() + 20 * 60_000; // the whole run stops by itself after 20 minutes
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (text) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
const checkDeadline = () => {
  if (Date.now() > DEADLINE) throw new Error('the run took longer than its 20-minute bound');
};

/** A child process that waits for a line matching `ready` on stdout. */
function startChild(args, ready, env = {}) {
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  const started = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) resolve(match);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => reject(new Error(`child exited with ${code}: ${output.slice(-2000)}`)));
  });
  return { child, started, output: () => output };
}

const SERVICE = `
  const { createServer } = await import(${JSON.stringify(join(here, '../dist/index.js'))});
  const [port, workers, redis, results] = process.argv.slice(1);
  const app = await createServer({ workers: Number(workers), logger: { level: 'warn' }, requestTimeoutMs: 5000,
    jobs: { redis, resultsDir: results } });
  await app.listen({ host: '127.0.0.1', port: Number(port) });
  process.stdout.write('listening\\n');
  process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
`;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const round = (value, digits = 0) => Number(value.toFixed(digits));

/** Is `bytes` the file `format` promises, whole? */
function validFile(format, bytes) {
  const text = bytes.subarray(0, 16).toString('latin1');
  if (format === 'pdf')
    return text.startsWith('%PDF-') && bytes.subarray(-32).toString('latin1').includes('%%EOF');
  if (format === 'epub')
    return text.startsWith('PK') && bytes.subarray(30, 38).toString('latin1') === 'mimetype';
  return (
    bytes.toString('utf8').startsWith('<!DOCTYPE html>') &&
    bytes.toString('utf8').trimEnd().endsWith('</html>')
  );
}

async function loadPhase(base) {
  const inputs = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, type: 'application/json', body: readFileSync(join(corpusDir, name), 'utf8') }));
  inputs.push(
    {
      name: 'summit-2025.md',
      type: 'text/markdown',
      body: readFileSync(join(repo, 'examples/summit-2025/article.md'), 'utf8'),
    },
    {
      name: 'eu-ai-act.md',
      type: 'text/markdown',
      body: readFileSync(join(repo, 'examples/eu-ai-act/article.md'), 'utf8'),
    },
  );
  const formats = ['pdf', 'pdf', 'pdf', 'html', 'epub'];
  // Warm every worker thread first (fonts parsed once per worker), as a running service is.
  await Promise.all(
    Array.from({ length: WORKERS * 2 }, () =>
      fetch(`${base}/v1/render?format=pdf`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: inputs[0].body,
      }),
    ),
  );
  const results = [];
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < RENDERS) {
      checkDeadline();
      const index = next++;
      const input = inputs[index % inputs.length];
      const format = formats[index % formats.length];
      const began = performance.now();
      let tries = 0;
      for (;;) {
        tries++;
        const requestStart = performance.now();
        const response = await fetch(`${base}/v1/render?format=${format}`, {
          method: 'POST',
          headers: { 'content-type': input.type },
          body: input.body,
        });
        const bytes = Buffer.from(await response.arrayBuffer());
        const ms = performance.now() - requestStart;
        if (response.status === 200) {
          results.push({
            format,
            status: 200,
            ms,
            totalMs: performance.now() - began,
            tries,
            valid: validFile(format, bytes),
          });
          break;
        }
        const problem = JSON.parse(bytes.toString('utf8'));
        const clear =
          response.headers.get('content-type')?.startsWith('application/problem+json') &&
          typeof problem.detail === 'string';
        if (response.status === 503 && tries < 20) {
          results.push({
            format,
            status: 503,
            ms,
            clear,
            retryAfter: Number(response.headers.get('retry-after')),
          });
          await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000);
          continue;
        }
        results.push({ format, status: response.status, ms, clear, detail: problem.detail });
        break;
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  const ok = results.filter((result) => result.status === 200);
  const busy = results.filter((result) => result.status === 503);
  const other = results.filter((result) => result.status !== 200 && result.status !== 503);
  const byFormat = Object.fromEntries(
    ['pdf', 'epub', 'html'].map((format) => {
      const ms = ok.filter((result) => result.format === format).map((result) => result.ms);
      return [
        format,
        { renders: ms.length, p50Ms: round(percentile(ms, 50)), p95Ms: round(percentile(ms, 95)) },
      ];
    }),
  );
  return {
    renders: RENDERS,
    clients: CLIENTS,
    workers: WORKERS,
    completed: ok.length,
    invalidFiles: ok.filter((result) => !result.valid).length,
    busyAnswers: busy.length,
    busyAnswersClear: busy.every((result) => result.clear && result.retryAfter >= 1),
    otherErrors: other.map((result) => ({
      status: result.status,
      detail: result.detail,
      clear: result.clear,
    })),
    wallSeconds: round(seconds, 1),
    throughputPerSecond: round(ok.length / seconds, 2),
    latencyMs: {
      p50: round(
        percentile(
          ok.map((result) => result.ms),
          50,
        ),
      ),
      p95: round(
        percentile(
          ok.map((result) => result.ms),
          95,
        ),
      ),
      max: round(Math.max(...ok.map((result) => result.ms))),
    },
    latencyWithRetriesMs: {
      p50: round(
        percentile(
          ok.map((result) => result.totalMs),
          50,
        ),
      ),
      p95: round(
        percentile(
          ok.map((result) => result.totalMs),
          95,
        ),
      ),
    },
    byFormat,
  };
}

async function jobsUntil(base, ids, states = ['completed', 'failed'], limitMs = 300_000) {
  const end = Date.now() + limitMs;
  const last = {};
  for (;;) {
    checkDeadline();
    let settled = 0;
    for (const id of ids) {
      last[id] = await (await fetch(`${base}/v1/jobs/${id}`)).json();
      if (states.includes(last[id].state)) settled++;
    }
    if (settled === ids.length || Date.now() > end) return last;
    await sleep(200);
  }
}

async function killWorkerPhase(base, redis, results) {
  const article = JSON.parse(readFileSync(join(corpusDir, '001-minimal.json'), 'utf8'));
  article.children = Array.from({ length: 500 }, () => article.children[0]);
  const worker = join(here, '../test/support/job-worker.mjs');
  const first = startChild([worker, redis.url, results, 'kiji-render'], /"msg":"ready"/);
  await first.started;
  const posted = await fetch(`${base}/v1/jobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ articles: [{ name: 'long', article }], formats: ['pdf'] }),
  });
  const { id } = await posted.json();
  while ((await jobsUntil(base, [id], ['active', 'completed', 'failed']))[id].state !== 'active')
    await sleep(50);
  await sleep(500);
  first.child.kill('SIGKILL');
  const killedAt = performance.now();
  const visibleAfterKill = readdirSync(results).includes(id);
  const second = startChild([worker, redis.url, results, 'kiji-render'], /"msg":"ready"/);
  await second.started;
  const status = (await jobsUntil(base, [id]))[id];
  const recoveredSeconds = (performance.now() - killedAt) / 1000;
  const written = JSON.parse(readFileSync(join(results, id, 'job.json'), 'utf8'));
  const pdf = readFileSync(join(results, id, 'long.pdf'));
  const starts = `${first.output()}${second.output()}`
    .split('\n')
    .filter((line) => line.includes('"job started"')).length;
  const completions = second
    .output()
    .split('\n')
    .filter((line) => line.includes('"job completed"')).length;
  second.child.kill('SIGTERM');
  return {
    state: status.state,
    attempts: status.attempts,
    startsLogged: starts,
    completionsLogged: completions,
    resultFolderVisibleRightAfterKill: visibleAfterKill,
    filesInResult: readdirSync(join(results, id)).sort(),
    pdfMatchesJobJson: createHash('sha256').update(pdf).digest('hex') === written.files[0].sha256,
    secondsFromKillToCompleted: round(recoveredSeconds, 1),
  };
}

async function redisPhase(base, redis, results) {
  const fixtures = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.json'))
    .slice(0, 10);
  const accepted = [];
  for (const [index, name] of fixtures.entries()) {
    const response = await fetch(`${base}/v1/jobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        articles: [{ name: `r${index}.json`, text: readFileSync(join(corpusDir, name), 'utf8') }],
        formats: ['html', 'epub'],
      }),
    });
    if (response.status === 202 || response.status === 200) accepted.push((await response.json()).id);
  }
  await redis.stop();
  const stoppedAt = performance.now();
  const readyWhileDown = (await fetch(`${base}/readyz`)).status;
  const postWhileDown = await fetch(`${base}/v1/jobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      articles: [{ name: 'later.json', text: readFileSync(join(corpusDir, fixtures[0]), 'utf8') }],
      formats: ['pdf'],
    }),
  });
  const downAnswer = { status: postWhileDown.status, retryAfter: postWhileDown.headers.get('retry-after') };
  await sleep(4000);
  await redis.start();
  const restartedAt = performance.now();
  while ((await fetch(`${base}/readyz`)).status !== 200) {
    checkDeadline();
    await sleep(100);
  }
  const readyAgainSeconds = (performance.now() - restartedAt) / 1000;
  const worker = startChild(
    [join(here, '../test/support/job-worker.mjs'), redis.url, results, 'kiji-render'],
    /"msg":"ready"/,
  );
  await worker.started;
  const statuses = await jobsUntil(base, accepted);
  worker.child.kill('SIGTERM');
  return {
    jobsAcceptedBeforeStop: accepted.length,
    redisDownSeconds: round((restartedAt - stoppedAt) / 1000, 1),
    readyzWhileDown: readyWhileDown,
    postWhileDown: downAnswer,
    secondsUntilReadyAfterRestart: round(readyAgainSeconds, 1),
    jobsCompletedAfterRestart: Object.values(statuses).filter((status) => status.state === 'completed')
      .length,
    jobsLost:
      accepted.length - Object.values(statuses).filter((status) => status.state === 'completed').length,
  };
}

/**
 * POST with node:http, which reports the answer of a service that refuses a body before it is
 * sent whole (fetch reports only the broken pipe).
 */
function post(port, path, headers, body) {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        text += chunk;
      });
      // 'close' comes also when the connection breaks mid-answer.
      response.on('close', () =>
        resolve({ status: response.statusCode, type: response.headers['content-type'] ?? '', text }),
      );
    });
    // A service that refuses a body before reading it may close the connection while the body
    // is still being sent; its answer is then lost with the connection (status 0).
    let answered = false;
    request.on('response', () => {
      answered = true;
    });
    request.on('error', (error) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') return reject(error);
      setTimeout(() => {
        if (!answered)
          resolve({
            status: 0,
            type: '',
            text: `{"detail":"connection closed while the body was sent (${error.code})"}`,
          });
      }, 200);
    });
    request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')));
    request.end(body);
  });
}

/** Raw HTTP on a socket, for requests fetch will not send (slow bodies). */
function slowRequest(port, { dripMs = 500, limitMs = 20_000 } = {}) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const began = performance.now();
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
    });
    const drip = setInterval(() => socket.writable && socket.write(' '), dripMs);
    const finish = () => {
      clearInterval(drip);
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0),
        seconds: round((performance.now() - began) / 1000, 1),
      });
    };
    socket.on('close', finish);
    socket.on('error', () => {});
    socket.write(
      'POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
    );
    setTimeout(() => socket.destroy(), limitMs);
  });
}

async function hostilePhase(base, port) {
  const minimal = readFileSync(join(corpusDir, '001-minimal.json'), 'utf8');
  const manyBlocks = JSON.parse(minimal);
  manyBlocks.children = Array.from({ length: 20_001 }, () => manyBlocks.children[0]);
  const cases = [
    [
      'a 6 MB body',
      { headers: { 'content-type': 'text/markdown' }, body: `# x\n\n${'あ'.repeat(2 * 1024 * 1024)}` },
    ],
    ['an XML body', { headers: { 'content-type': 'application/xml' }, body: '<article/>' }],
    ['no content type', { body: minimal }],
    [
      '1,000,000 nested arrays',
      { headers: { 'content-type': 'application/json' }, body: '['.repeat(1_000_000) },
    ],
    [
      '50,000 nested objects',
      { headers: { 'content-type': 'application/json' }, body: '{"a":'.repeat(50_000) },
    ],
    ['broken JSON', { headers: { 'content-type': 'application/json' }, body: '{"type": "article",' }],
    [
      'an invalid article',
      { headers: { 'content-type': 'application/json' }, body: '{"type":"article","schemaVersion":1}' },
    ],
    ['20,001 blocks', { headers: { 'content-type': 'application/json' }, body: JSON.stringify(manyBlocks) }],
    [
      'an unknown parameter',
      {
        url: '/v1/render?format=pdf&debug=1',
        headers: { 'content-type': 'application/json' },
        body: minimal,
      },
    ],
    [
      'a __proto__ key',
      {
        headers: { 'content-type': 'application/json' },
        body: minimal.replace('{', '{"__proto__":{"polluted":1},'),
      },
    ],
  ];
  const answers = [];
  for (const [name, request] of cases) {
    const began = performance.now();
    const response = await post(
      port,
      request.url ?? '/v1/render?format=pdf',
      request.headers ?? {},
      request.body,
    );
    let detail = '';
    try {
      detail = JSON.parse(response.text).detail ?? '';
    } catch {}
    answers.push({
      request: name,
      status: response.status,
      problemDocument: response.type.startsWith('application/problem+json'),
      detail: detail.slice(0, 160),
      ms: round(performance.now() - began),
    });
  }
  // Slow clients: 40 at once, each dripping a byte every half second, never finishing.
  const slowStarted = performance.now();
  const slow = Array.from({ length: 40 }, () => slowRequest(port));
  await sleep(1000);
  const during = await fetch(`${base}/v1/render?format=html`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: minimal,
  });
  const slowAnswers = await Promise.all(slow);
  const alive = await fetch(`${base}/healthz`);
  return {
    answers,
    slowClients: {
      count: slowAnswers.length,
      statuses: [...new Set(slowAnswers.map((answer) => answer.status))],
      maxSecondsUntilCutOff: Math.max(...slowAnswers.map((answer) => answer.seconds)),
      renderDuringThemStatus: during.status,
      totalSeconds: round((performance.now() - slowStarted) / 1000, 1),
    },
    healthzAfter: alive.status,
  };
}

function markdown(report) {
  const { load, killWorker, redisOutage, hostile } = report;
  const lines = [
    '# kiji serve: load and faults',
    '',
    `${report.date}, ${report.machine}. \`pnpm --filter @kiji/server load\` (service: ${load.workers} render threads, default queue; one job worker process).`,
    '',
    `## ${load.renders} renders from ${load.clients} concurrent clients`,
    '',
    `| | value |`,
    `| --- | --- |`,
    `| renders completed | ${load.completed} of ${load.renders}, ${load.invalidFiles} invalid files |`,
    `| throughput | ${load.throughputPerSecond} renders/s over ${load.wallSeconds} s |`,
    `| latency of a successful request | p50 ${load.latencyMs.p50} ms, p95 ${load.latencyMs.p95} ms, max ${load.latencyMs.max} ms |`,
    `| latency including retries after 503 | p50 ${load.latencyWithRetriesMs.p50} ms, p95 ${load.latencyWithRetriesMs.p95} ms |`,
    `| 503 busy answers (retried after Retry-After) | ${load.busyAnswers}, all problem documents with Retry-After: ${load.busyAnswersClear} |`,
    `| other errors | ${load.otherErrors.length} |`,
    '',
    '| format | renders | p50 | p95 |',
    '| --- | --- | --- | --- |',
    ...Object.entries(load.byFormat).map(
      ([format, row]) => `| ${format} | ${row.renders} | ${row.p50Ms} ms | ${row.p95Ms} ms |`,
    ),
    '',
    '## A worker process killed mid-job',
    '',
    `The job (a PDF of 500 paragraphs) was active when its worker got SIGKILL; a second worker took it after the lock ran out: state ${killWorker.state}, ${killWorker.attempts} attempts, ${killWorker.startsLogged} starts and ${killWorker.completionsLogged} completion logged, ${killWorker.secondsFromKillToCompleted} s from the kill to completed. Result folder visible right after the kill: ${killWorker.resultFolderVisibleRightAfterKill}; files in it at the end: ${killWorker.filesInResult.join(', ')}; the PDF matches job.json's SHA-256: ${killWorker.pdfMatchesJobJson}.`,
    '',
    '## Redis stopped',
    '',
    `${redisOutage.jobsAcceptedBeforeStop} jobs accepted, then Redis stopped for ${redisOutage.redisDownSeconds} s: /readyz answered ${redisOutage.readyzWhileDown}, a job posted meanwhile ${redisOutage.postWhileDown.status} (Retry-After ${redisOutage.postWhileDown.retryAfter}). Ready ${redisOutage.secondsUntilReadyAfterRestart} s after Redis restarted; ${redisOutage.jobsCompletedAfterRestart} of ${redisOutage.jobsAcceptedBeforeStop} accepted jobs completed, ${redisOutage.jobsLost} lost.`,
    '',
    '## Hostile requests',
    '',
    '| request | status | problem document | detail | time |',
    '| --- | --- | --- | --- | --- |',
    ...hostile.answers.map(
      (a) =>
        `| ${a.request} | ${a.status} | ${a.problemDocument} | ${a.detail.replace(/\|/g, '\\|')} | ${a.ms} ms |`,
    ),
    '',
    `${hostile.slowClients.count} slow clients at once (a byte every 0.5 s, never finishing): answered ${hostile.slowClients.statuses.join(', ')} within ${hostile.slowClients.maxSecondsUntilCutOff} s (request timeout 5 s, checked every second); a render sent meanwhile answered ${hostile.slowClients.renderDuringThemStatus}. /healthz afterwards: ${hostile.healthzAfter}.`,
    '',
  ];
  return lines.join('\n');
}

const redis = await startRedis();
const results = mkdtempSync(join(tmpdir(), 'kiji-load-results-'));
const port = await freePort();
const service = startChild(
  ['--input-type=module', '-e', SERVICE, String(port), String(WORKERS), redis.url, results],
  /listening/,
);
try {
  await service.started;
  const base = `http://127.0.0.1:${port}`;
  log(`service on ${base}; ${RENDERS} renders from ${CLIENTS} clients`);
  const load = await loadPhase(base);
  log(
    `load: ${load.completed} renders, ${load.throughputPerSecond}/s, p50 ${load.latencyMs.p50} ms, p95 ${load.latencyMs.p95} ms`,
  );
  const killWorker = await killWorkerPhase(base, redis, results);
  log(`killed worker: ${killWorker.state} after ${killWorker.secondsFromKillToCompleted} s`);
  const redisOutage = await redisPhase(base, redis, results);
  log(`redis outage: ${redisOutage.jobsLost} jobs lost`);
  const hostile = await hostilePhase(base, port);
  log(
    `hostile: ${hostile.answers.map((answer) => answer.status).join(' ')}; slow clients ${hostile.slowClients.statuses}`,
  );
  const report = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${availableParallelism()} CPUs (${cpus()[0]?.model.trim()}), Node ${process.version}, shared with other work`,
    load,
    killWorker,
    redisOutage,
    hostile,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(outDir, 'load.md'), markdown(report));
  log(`wrote ${join(outDir, 'load.md')} and load.json`);
} finally {
  service.child.kill('SIGTERM');
  await redis.dispose();
  rmSync(results, { recursive: true, force: true });
}
