import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Renders, spawned tools and browsers take seconds; on a loaded 2-core machine vitest's 5 s
    // default failed tests that were correct. A budget against hangs, not a benchmark.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
