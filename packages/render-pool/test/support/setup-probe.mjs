// A worker setup module for the pool's tests: it registers the hook @kiji/pdf's Node build loads
// itself through (see packages/pdf/tsup.config.ts), and logs, one line each to the file named by
// KIJI_TEST_SETUP_LOG, the bundles loaded through it and every call of afterTask.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { threadId } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const log = (line) => appendFileSync(process.env.KIJI_TEST_SETUP_LOG, `${threadId} ${line}\n`);

globalThis[Symbol.for('kiji.requireWithCodeCache')] = (file) => {
  log(`loaded ${file}`);
  return require(file);
};

export function afterTask() {
  log('afterTask');
}
