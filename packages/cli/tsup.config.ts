import { defineConfig } from 'tsup';
import { writeEsmShim } from '../../scripts/esm-shim.mjs';

/**
 * The command and the library are one CommonJS bundle, `dist/main.cjs` (from `src/entry.ts`), so
 * that V8's compiled code of it can be kept between processes like @kiji/pdf's
 * (`src/code-cache.ts`; Node 20 keeps none for ES modules). `dist/index.js`, the library's ES
 * module (`main(argv, io)` for embedding and tests), is written after the build in front of it;
 * `dist/bin.js`, the `kiji` command's entry, sets up the process and then loads the bundle.
 */
export default defineConfig([
  {
    // The declarations alone.
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: { only: true },
  },
  {
    // The render workers of a batch import dist/render-worker-setup.js (see render-batch.ts).
    entry: ['src/bin.ts', 'src/render-worker-setup.ts'],
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
  },
  {
    entry: { main: 'src/entry.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    // import.meta.url (the package's own files) from __filename.
    shims: true,
    // A script compiled with V8's code cache has no way to import: the packages a command loads
    // when it needs them are `require`d (Node 20.19 requires ES modules without top-level await).
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'dynamic-import': false };
    },
    onSuccess: async () =>
      writeEsmShim({
        cjs: 'dist/main.cjs',
        esm: 'dist/index.js',
        omit: ['describeUnexpected', 'removePendingOutputs', 'stopGracefully'],
      }),
  },
]);
