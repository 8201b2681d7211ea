import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

/**
 * Two builds of the same source: `dist/index.js` for Node and `dist/browser.js` for browsers and
 * Web Workers (the `browser` export condition). They differ in one module only: the browser build
 * swaps `src/platform/node.ts` (files, environment, react-pdf's Node output) for
 * `src/platform/browser.ts` (fetched fonts, no file system, react-pdf's browser output).
 */
/** Only the US English patterns are used: bundled, instead of a dependency on every language's (6 MB). */
const BUNDLED = ['@react-pdf/hyphenate', 'hyphen'];

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    noExternal: BUNDLED,
  },
  {
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    sourcemap: true,
    platform: 'browser',
    target: 'es2022',
    noExternal: BUNDLED,
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
