import { resolve } from 'node:path';
import { defineConfig } from 'tsup';
import { bundledLicenses } from '../../scripts/bundled-licenses.mjs';

/**
 * Two builds of the same source: `dist/index.js` for Node and `dist/browser.js` for browsers and
 * Web Workers (the `browser` export condition). The browser build swaps `src/platform/node.ts`
 * (files, environment, node:crypto, subset-font) for `src/platform/browser.ts`, and carries
 * epub-gen-memory inside it: its template engine (ejs) requires `fs` and `path` when it loads
 * (a stand-in without files and POSIX path helpers here), and its own browser build parses HTML
 * with `DOMParser`, which Web Workers lack, so its htmlparser2 one is used everywhere.
 */
const here = import.meta.dirname;
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
    // No source map: it would carry epub-gen-memory's whole bundle again (1.4 MB per install).
    platform: 'browser',
    target: 'es2022',
    // epub-gen-memory is CommonJS and requires its dependencies: everything but the Kiji packages
    // is bundled, so the requires are resolved at build time.
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
          build.onResolve({ filter: /^path$/ }, () => ({ path: resolve(here, 'src/platform/path-shim.ts') }));
          build.onResolve({ filter: /^fs$/ }, () => ({ path: 'fs', namespace: 'kiji-no-fs' }));
          build.onLoad({ filter: /.*/, namespace: 'kiji-no-fs' }, () => ({
            contents: 'module.exports = {};',
          }));
          build.onResolve({ filter: /\/html-parse(\.js)?$/ }, (args) =>
            args.resolveDir.includes('epub-gen-memory')
              ? { path: resolve(args.resolveDir, args.path.replace(/(\.js)?$/, '.js')) }
              : undefined,
          );
        },
      },
    ],
  },
]);
