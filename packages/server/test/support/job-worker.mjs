// `kiji worker` in a process of its own, for tests that kill it: node job-worker.mjs URL DIR QUEUE
import { startJobWorker } from '../../dist/index.js';

const [redis, resultsDir, queue] = process.argv.slice(2);
const worker = await startJobWorker({
  redis,
  resultsDir,
  queue,
  workers: 1,
  lockDurationMs: 2000,
  log: (event) => process.stdout.write(`${JSON.stringify(event)}\n`),
});
await worker.ready();
process.stdout.write('{"msg":"ready"}\n');
process.once('SIGTERM', () => worker.close().then(() => process.exit(0)));
