// The module hook of log-modules.mjs (it runs on the loader's own thread).
import { appendFileSync } from 'node:fs';

export async function load(url, context, next) {
  if (url.startsWith('file:') && process.env.KIJI_TEST_MODULE_LOG) {
    appendFileSync(process.env.KIJI_TEST_MODULE_LOG, `${url}\n`);
  }
  return next(url, context);
}
