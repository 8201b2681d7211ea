import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
    // Component tests take milliseconds; the end-to-end file drives Chromium through the built app
    // and renders PDFs and EPUBs in it. A budget against hangs on a loaded 2-core machine, not a
    // benchmark: each end-to-end test has its own, and the whole file stays within a few minutes.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
