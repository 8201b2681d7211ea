/**
 * Write `esm`, an ES module that loads the CommonJS bundle `cjs` beside it (through the code cache
 * the `kiji` command registers, else `require`) and exports its names, except `omit`.
 */
export function writeEsmShim(options: { cjs: string; esm: string; omit?: string[] }): void;
