import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/run.ts', 'src/typst-pdf.ts', 'src/chromium-pdf.ts', 'src/edition.ts'],
  format: ['esm'],
  clean: true,
  target: 'node20',
});
