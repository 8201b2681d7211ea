import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
    // Component tests take milliseconds; the end-to-end file drives Chromium through the built app
    // and renders PDFs and EPUBs in it. A budget against hangs on a loaded 2-core machine, not a
    // benchmark: the end-to-end file takes about four minutes on a loaded 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Waiting for the preview to follow (a render in the worker, pages drawn) under load.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
