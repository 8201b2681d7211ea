import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Building EPUBs with embedded fonts, epubcheck and Chromium take seconds, not milliseconds.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
