import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The property tests run thousands of cases in one test; a generous ceiling, not a benchmark.
    testTimeout: 180_000,
  },
});
