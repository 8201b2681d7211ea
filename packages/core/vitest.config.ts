import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Property tests and renders take seconds on a loaded 2-core machine, where vitest's 5 s
    // default failed correct tests. A budget against hangs, not a benchmark.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
