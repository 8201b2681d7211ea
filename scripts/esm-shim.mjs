import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, resolve } from 'node:path';

/**
 * Write `esm`, an ES module that loads the CommonJS bundle `cjs` (a file beside it) and exports
 * its names, except `omit`. Node 20 keeps V8's compiled code between processes for CommonJS
 * scripts only (`vm.Script`'s `cachedData`), so a package whose loading matters is built as
 * CommonJS behind such a module: the module asks for `globalThis[Symbol.for(
 * 'kiji.requireWithCodeCache')]` when a program registered it (the `kiji` command does, see
 * packages/cli/src/code-cache.ts), else it uses `require`.
 */
export function writeEsmShim({ cjs, esm, omit = [] }) {
  const all = Object.keys(createRequire(import.meta.url)(resolve(cjs)));
  for (const name of omit) {
    if (!all.includes(name)) throw new Error(`${cjs} does not export "${name}"`);
  }
  const names = all.filter((name) => !omit.includes(name)).sort();
  const invalid = names.find((name) => !/^[A-Za-z_$][\w$]*$/.test(name) || name === 'default');
  if (invalid) throw new Error(`${cjs} exports "${invalid}", which the ES module shim cannot name`);
  if (dirname(resolve(cjs)) !== dirname(resolve(esm))) throw new Error('the shim must be beside the bundle');
  writeFileSync(
    resolve(esm),
    `// The ES module face of ${basename(cjs)} (see tsup.config.ts).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const file = require.resolve('./${basename(cjs)}');
const load = globalThis[Symbol.for('kiji.requireWithCodeCache')];
const bundle = typeof load === 'function' ? load(file) : require(file);
export const { ${names.join(', ')} } = bundle;
`,
  );
}
