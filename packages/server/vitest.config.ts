import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Renders, a real Redis and worker processes take seconds; on a loaded 2-core machine vitest's
    // 5 s default failed tests that were correct. A budget against hangs, not a benchmark.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The files start render pools and Redis servers: one file at a time keeps the machine usable.
    fileParallelism: false,
  },
});
