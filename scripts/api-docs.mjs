// Writes the API reference of every published package, from the doc comments of its public
// entry point (src/index.ts), as Markdown: `pnpm docs` (docs/api/, not committed: it is made
// from the sources) or `node scripts/api-docs.mjs DIR`. The package test runs it and then checks
// every link of the docs and READMEs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Application } from 'typedoc';

const root = join(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'docs', 'api'));

/** Every package that is published: the API reference covers exactly those. */
function publishedPackages() {
  return readdirSync(join(root, 'packages'))
    .sort()
    .filter((name) => {
      const file = join(root, 'packages', name, 'package.json');
      return existsSync(file) && !JSON.parse(readFileSync(file, 'utf8')).private;
    });
}

const app = await Application.bootstrapWithPlugins({
  name: 'Kiji API reference',
  entryPointStrategy: 'packages',
  entryPoints: publishedPackages().map((name) => join(root, 'packages', name)),
  packageOptions: {
    entryPoints: ['src/index.ts'],
    readme: 'none',
    skipErrorChecking: true,
    excludePrivate: true,
    excludeInternal: true,
  },
  plugin: ['typedoc-plugin-markdown'],
  readme: 'none',
  out,
  // Type errors are the typecheck's business; links to the sources would change with every commit.
  skipErrorChecking: true,
  disableSources: true,
  hideGenerator: true,
  cleanOutputDir: true,
  logLevel: 'Warn',
});
const project = await app.convert();
if (!project) {
  console.error('api-docs: TypeDoc could not read the packages (see above)');
  process.exit(1);
}
await app.generateOutputs(project);
console.log(`wrote the API reference to ${out}`);
