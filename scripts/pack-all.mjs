// Packs every published package (`pnpm pack`, which turns workspace:* into versions) into one
// folder: `node scripts/pack-all.mjs [DIR]`, out/packages/ by default. Prints the tarball paths.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'out', 'packages'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const name of readdirSync(join(root, 'packages')).sort()) {
  const dir = join(root, 'packages', name);
  const file = join(dir, 'package.json');
  if (!existsSync(file) || JSON.parse(readFileSync(file, 'utf8')).private) continue;
  if (!existsSync(join(dir, 'dist'))) throw new Error(`${dir} is not built: run pnpm build first`);
  execFileSync('pnpm', ['pack', '--pack-destination', out], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
for (const tarball of readdirSync(out).sort()) console.log(join(out, tarball));
