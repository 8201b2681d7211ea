import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { bundledLicenses } from '../../scripts/bundled-licenses.mjs';

/**
 * Two builds of the same source: `dist/index.js` for Node and `dist/browser.js` for browsers and
 * Web Workers (the `browser` export condition). They differ in one module only: the browser build
 * swaps `src/platform/node.ts` (files, environment, react-pdf's Node output) for
 * `src/platform/browser.ts` (fetched fonts, no file system, react-pdf's browser output).
 *
 * Both carry react-pdf, pdfkit, fontkit, pdf-lib, qrcode and the English hyphenation patterns
 * (the devDependencies), so that an install gets only the code Kiji runs, not every build,
 * source map and language those packages publish (about 60 MB), and so that it gets them with
 * the patches in `patches/` applied. Only `react` (a handler returns React elements) and the
 * Kiji packages stay dependencies. Their licences go to `dist/licenses/`.
 */

const browserPlatform: Plugin = {
  name: 'kiji-browser-platform',
  setup(build) {
    build.onResolve({ filter: /\/platform\/node\.js$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/node\.js$/, 'browser.ts')),
    }));
  },
};

/**
 * pdfkit's Node build loads its standard-font metrics with `createRequire` and its package's own
 * `#standard-fonts/…` imports, which no bundler follows: turn them into plain `require`s of the
 * package's exports, which esbuild bundles.
 */
const pdfkitStandardFonts: Plugin = {
  name: 'kiji-pdfkit-standard-fonts',
  setup(build) {
    build.onLoad({ filter: /\/pdfkit\/js\/pdfkit\.node\.mjs$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(
        /require\$1\('#standard-fonts\/(\w+)'\)/g,
        "require('pdfkit/standard-fonts/$1')",
      ),
      loader: 'js',
    }));
  },
};

/** brotli's Node entry inlines its 750 kB dictionary; the browser one unpacks a 70 kB copy. */
const brotliSmallDictionary: Plugin = {
  name: 'kiji-brotli-dictionary',
  setup(build) {
    build.onResolve({ filter: /^\.\/dictionary-data$/ }, (args) =>
      args.importer.includes('/brotli/')
        ? { path: resolve(args.resolveDir, 'dictionary-browser.js') }
        : undefined,
    );
  },
};

/**
 * fontkit imports brotli at the top of its module, and brotli unpacks its dictionary when it is
 * first evaluated — a sixth of the time it takes to load the package — though only WOFF2 fonts
 * need it. Load it on the first WOFF2 font instead (esbuild turns the `require` into its lazy
 * module wrapper).
 */
const lazyBrotli: Plugin = {
  name: 'kiji-lazy-brotli',
  setup(build) {
    build.onLoad({ filter: /\/fontkit\/dist\/(module|browser-module)\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const lazy = source.replace(
        /^import (\S+) from "brotli\/decompress\.js";$/m,
        (_, name: string) =>
          `let ${name}$loaded;\nconst ${name} = (...args) => (${name}$loaded ??= require("brotli/decompress.js"))(...args);`,
      );
      if (lazy === source) throw new Error(`${args.path}: fontkit no longer imports brotli as expected`);
      return { contents: lazy, loader: 'js' };
    });
  },
};

/**
 * yoga's Emscripten loader `fetch`es its own wasm from a data: URL, which makes Node load its
 * whole fetch implementation (undici) on every cold start. Decode the data: URL directly, as the
 * loader does where there is no `fetch`.
 */
const yogaWithoutFetch: Plugin = {
  name: 'kiji-yoga-without-fetch',
  setup(build) {
    build.onLoad({ filter: /\/yoga-layout\/dist\/binaries\/yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const fetching = 'function ya(){return w||"function"!=typeof fetch?';
      if (!source.includes(fetching))
        throw new Error(`${args.path}: yoga no longer loads its wasm as expected`);
      return { contents: source.replace(fetching, 'function ya(){return w||!0?'), loader: 'js' };
    });
  },
};

const licenses = bundledLicenses({ dir: 'dist/licenses' });

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    target: 'node20',
    platform: 'node',
    // The bundled CommonJS packages call `require` for Node built-ins.
    banner: {
      js: "import { createRequire as __kijiCreateRequire } from 'node:module';\nconst require = __kijiCreateRequire(import.meta.url);",
    },
    minifyWhitespace: true,
    esbuildPlugins: [pdfkitStandardFonts, brotliSmallDictionary, lazyBrotli, yogaWithoutFetch, licenses],
  },
  {
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minifyWhitespace: true,
    // Left for the application's bundler to set, as with unbundled packages (esbuild would fix it
    // to "development" here, and React's production build would then meet a development
    // reconciler).
    define: { 'process.env.NODE_ENV': 'process.env.NODE_ENV' },
    esbuildPlugins: [browserPlatform, lazyBrotli, yogaWithoutFetch, licenses],
  },
]);
