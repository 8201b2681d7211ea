import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The Kiji packages run in a Web Worker, which has no `document`: packages that ship a DOM
  // build for browsers (micromark's entity decoder) must resolve to their worker build.
  resolve: { conditions: ['worker', ...defaultClientConditions] },
  // Workers are ES modules (the render worker imports the Kiji packages).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // The render worker carries react-pdf, fontkit and the Kiji packages; pdf.js is its own chunk.
    chunkSizeWarningLimit: 4096,
    // Fonts are copied as files, never inlined into the JavaScript.
    assetsInlineLimit: (file) => (/\.(ttf|otf|woff2?)$/.test(file) ? false : undefined),
  },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  server: { host: '127.0.0.1' },
});
