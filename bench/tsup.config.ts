import { defineConfig } from 'tsup';

export default defineConfig({
  entry: [
    'src/run.ts',
    'src/typst-pdf.ts',
    'src/typst-warm.ts',
    'src/chromium-pdf.ts',
    'src/chromium-warm.ts',
    'src/kiji-warm.ts',
    'src/edition.ts',
    'src/tagging.ts',
  ],
  format: ['esm'],
  clean: true,
  target: 'node20',
});
