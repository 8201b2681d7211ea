import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/lazy.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // Keep `node:fs/promises` as written: bundlers for the browser leave a `node:` import alone,
  // but fail on a bare `fs/promises`.
  removeNodeProtocol: false,
});
