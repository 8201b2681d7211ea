import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { bundledLicenses } from '../../scripts/bundled-licenses.mjs';
import { writeEsmShim } from '../../scripts/esm-shim.mjs';

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
 * package's exports, which esbuild bundles. And it imports @noble/ciphers' AES, which builds its
 * tables when it is first evaluated (about a hundredth of a cold render), though only encrypted
 * PDFs use it: load it on the first encryption instead (esbuild's lazy module wrapper).
 */
const pdfkitNode: Plugin = {
  name: 'kiji-pdfkit-node',
  setup(build) {
    build.onLoad({ filter: /\/pdfkit\/js\/pdfkit\.node\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8').replace(
        /require\$1\('#standard-fonts\/(\w+)'\)/g,
        "require('pdfkit/standard-fonts/$1')",
      );
      const eager = "import { cbc, ecb } from '@noble/ciphers/aes';";
      if (!source.includes(eager)) throw new Error(`${args.path}: pdfkit no longer imports AES as expected`);
      const lazy = `let aes$loaded;
const aes = () => (aes$loaded ??= require('@noble/ciphers/aes'));
const cbc = (...args) => aes().cbc(...args);
const ecb = (...args) => aes().ecb(...args);`;
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
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

/**
 * unicode-trie (under fontkit's and the line breaker's Unicode tables) inflates its tables twice
 * each with tiny-inflate, in JavaScript that has not warmed up yet when the module loads: about a
 * twentieth of a cold render. In Node, inflate them with zlib instead: the same bytes, filled into
 * the same kind of buffer tiny-inflate returns.
 */
const zlibInflate: Plugin = {
  name: 'kiji-zlib-inflate',
  setup(build) {
    build.onResolve({ filter: /^tiny-inflate$/ }, () => ({
      path: 'tiny-inflate',
      namespace: 'kiji-zlib-inflate',
    }));
    build.onLoad({ filter: /.*/, namespace: 'kiji-zlib-inflate' }, () => ({
      contents: `const { inflateRawSync } = require('node:zlib');
module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  if (out.length > dest.length) throw new Error('Data error');
  dest.set(out);
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
};`,
      loader: 'js',
    }));
  },
};

/**
 * react-pdf's text layout builds its English hyphenator from Liang's patterns when its module
 * loads (a twentieth of a cold render), though Kiji hands react-pdf lines it has already broken
 * and hyphenates English itself, only for English articles. Build it on the first word.
 */
const lazyHyphenator: Plugin = {
  name: 'kiji-lazy-hyphenator',
  setup(build) {
    build.onLoad({ filter: /\/@react-pdf\/hyphenate\/lib\/en-us\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = 'const { hyphenate, syllables } = createHyphenator(patterns);';
      if (!source.includes(eager))
        throw new Error(`${args.path}: the hyphenator is no longer built as expected`);
      return {
        contents: source.replace(
          eager,
          `let hyphenator;
const built = () => (hyphenator ??= createHyphenator(patterns));
const hyphenate = (...args) => built().hyphenate(...args);
const syllables = (...args) => built().syllables(...args);`,
        ),
        loader: 'js',
      };
    });
  },
};

const licenses = bundledLicenses({ dir: 'dist/licenses' });

/**
 * Node loads the package as CommonJS (`dist/index.cjs`) behind a small ES module
 * (`dist/index.js`, written after the build with the names the bundle exports): V8 can keep the
 * compiled code of a CommonJS script between processes (`vm.Script`'s `cachedData`), which
 * Node 20 offers for no ES module. The shim asks for a compile cache only when the program
 * registered one (the `kiji` command does; see the README), else it uses `require`.
 */
const writeNodeShim = () => writeEsmShim({ cjs: 'dist/index.cjs', esm: 'dist/index.js' });

export default defineConfig([
  {
    // The declarations alone, for both builds.
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: { only: true },
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    // import.meta.url of the source (icc/ files next to the package) from __filename.
    shims: true,
    // `import('node:fs/promises')` as `require`: a script compiled from V8's code cache has no
    // way to import (and Node 20 would warn about the way there is).
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'dynamic-import': false };
    },
    minifyWhitespace: true,
    esbuildPlugins: [
      pdfkitNode,
      brotliSmallDictionary,
      lazyBrotli,
      yogaWithoutFetch,
      zlibInflate,
      lazyHyphenator,
      licenses,
    ],
    onSuccess: async () => writeNodeShim(),
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
    esbuildPlugins: [browserPlatform, lazyBrotli, yogaWithoutFetch, lazyHyphenator, licenses],
  },
]);
