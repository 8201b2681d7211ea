import { defineConfig } from 'tsup';

export default defineConfig({
  // The worker is its own file: piscina loads it in every worker thread.
  entry: ['src/index.ts', 'src/worker.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
