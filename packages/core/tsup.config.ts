import { defineConfig } from 'tsup';
import { bundledLicenses } from '../../scripts/bundled-licenses.mjs';

export default defineConfig({
  entry: { index: 'src/index.ts', files: 'src/files/index.ts', 'files-browser': 'src/files/browser.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node20',
  // zod (a devDependency) is bundled: an install gets the part Kiji uses, not zod's 6 MB of
  // builds, locales and sources. Its licence goes to dist/licenses/.
  esbuildPlugins: [bundledLicenses({ dir: 'dist/licenses' })],
});
