import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', files: 'src/files/index.ts', 'files-browser': 'src/files/browser.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
