import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Packing ten packages, an npm install (from the registry or npm's cache), three typechecks and
    // a PDF render take minutes on a loaded 2-core machine. A budget against hangs, not a benchmark.
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
