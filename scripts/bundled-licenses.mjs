// An esbuild plugin for packages that bundle their dependencies into `dist/` (tsup's
// `esbuildPlugins`): after each build it writes the licence of every third-party package whose
// code went into the output to `dist/licenses/<name>@<version>.txt`, as their licences ask of
// anyone who ships their code. One file per package, so builds running side by side never race.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** The folder of the package an input file belongs to (`…/node_modules/@scope/name`), or null. */
function packageFolder(file) {
  const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return match ? match[1] : null;
}

function licenseText(folder, pkg) {
  const files = readdirSync(folder).filter((name) => LICENSE_FILE.test(name));
  if (files.length > 0) {
    return files.map((name) => readFileSync(join(folder, name), 'utf8').trim()).join('\n\n---\n\n');
  }
  const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
  return `${pkg.name} ${pkg.version}: licensed ${pkg.license ?? 'without a stated licence'}${author ? `, by ${author}` : ''} (the package ships no licence file).`;
}

/** @param {{ dir: string }} options `dir`: where the licence files go (`dist/licenses`). */
export function bundledLicenses({ dir }) {
  return {
    name: 'kiji-bundled-licenses',
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd((result) => {
        if (!result.metafile) return;
        const folders = new Set();
        for (const output of Object.values(result.metafile.outputs)) {
          for (const input of Object.keys(output.inputs)) {
            const folder = packageFolder(resolve(input));
            if (folder) folders.add(folder);
          }
        }
        mkdirSync(dir, { recursive: true });
        for (const folder of folders) {
          const manifest = join(folder, 'package.json');
          if (!existsSync(manifest)) continue;
          const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
          const header = `${pkg.name} ${pkg.version} (${pkg.license ?? 'licence not stated'})\n\n`;
          const name = `${pkg.name.replace('/', '+')}@${pkg.version}.txt`;
          writeFileSync(join(dir, name), `${header}${licenseText(folder, pkg)}\n`);
        }
      });
    },
  };
}
