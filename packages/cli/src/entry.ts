// Everything of the command in one CommonJS bundle, `dist/main.cjs` (see tsup.config.ts): the
// library's exports, which `dist/index.js` gives as an ES module, and what `bin.ts` needs besides.
export * from './index.js';
export { describeUnexpected, removePendingOutputs, stopGracefully } from './main.js';
