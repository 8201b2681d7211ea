import { defineConfig } from 'tsup';

export default defineConfig({
  // `subset` for Node, `subset-browser` for browsers and Web Workers (the `browser` condition of
  // `@kiji/fonts/subset`): the same HarfBuzz WebAssembly, read from disk or fetched beside the module.
  entry: { index: 'src/index.ts', subset: 'src/subset/node.ts', 'subset-browser': 'src/subset/browser.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
