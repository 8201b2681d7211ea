import { resolve } from 'node:path';
import { defineConfig } from 'tsup';
import { bundledLicenses } from '../../scripts/bundled-licenses.mjs';

/**
 * Two builds of the same source: `dist/index.js` for Node and `dist/browser.js` for browsers and
 * Web Workers (the `browser` export condition). The browser build swaps `src/platform/node.ts`
 * (files, environment, node:crypto) for `src/platform/browser.ts`.
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
    // No source map: it would carry the bundled JSZip a second time in every install.
    platform: 'browser',
    target: 'es2022',
    // JSZip is CommonJS and requires its dependencies: everything but the Kiji packages is
    // bundled, so the requires are resolved at build time.
    noExternal: [/^(?!@kiji\/)/],
    esbuildPlugins: [
      // The licences of what is bundled, in dist/licenses/.
      bundledLicenses({ dir: 'dist/licenses' }),
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
