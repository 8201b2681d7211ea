import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

/**
 * Two builds of the same source: `dist/index.js` for Node and `dist/browser.js` for browsers and
 * Web Workers (the `browser` export condition). They differ in one module only: the browser build
 * swaps `src/platform/node.ts` (files, environment, react-pdf's Node output) for
 * `src/platform/browser.ts` (fetched fonts, no file system, react-pdf's browser output).
 */
export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'node20',
  },
  {
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    sourcemap: true,
    platform: 'browser',
    target: 'es2022',
    esbuildPlugins: [
      {
        name: 'kiji-browser-platform',
        setup(build) {
          build.onResolve({ filter: /\/platform\/node\.js$/ }, (args) => ({
            path: resolve(args.resolveDir, args.path.replace(/node\.js$/, 'browser.ts')),
          }));
        },
      },
    ],
  },
]);
