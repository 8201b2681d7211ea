// Preloaded into a real `kiji` process by the start-up tests (and, through the inherited Node
// options, into its worker threads): when the main thread ends, it appends every CommonJS file it
// loaded, one path a line, to the file named by KIJI_TEST_REQUIRE_LOG. @kiji/pdf's Node build is
// CommonJS (dist/index.cjs): without a code cache (KIJI_CACHE_DIR=) it shows here when loaded.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const require = createRequire(import.meta.url);
if (isMainThread) {
  process.on('exit', () => {
    appendFileSync(
      process.env.KIJI_TEST_REQUIRE_LOG,
      Object.keys(require.cache)
        .map((file) => `${file}\n`)
        .join(''),
    );
  });
}
