import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Run a command; on failure throw with everything it printed. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${output}`);
  }
  return output;
}

/** True when `tool` is on the PATH; under CI=true a missing tool is an error, not a skip. */
export function hasTool(tool: string, debianPackage: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  if (!found && process.env.CI === 'true')
    throw new Error(`${tool} is missing: apt-get install ${debianPackage}`);
  return found;
}

/** Bytes of a folder, files counted once. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/**
 * Bytes installed for `name` in an npm project: its folder and those of everything it depends on,
 * found as Node finds them (nested node_modules first, then the ones above).
 */
export function installedBytes(project: string, name: string): number {
  const seen = new Set<string>();
  const visit = (from: string, dependency: string) => {
    let dir = from;
    for (;;) {
      const candidate = join(dir, 'node_modules', dependency);
      if (existsSync(join(candidate, 'package.json'))) {
        if (seen.has(candidate)) return;
        seen.add(candidate);
        const pkg = JSON.parse(readFileSync(join(candidate, 'package.json'), 'utf8'));
        const optionalPeers = Object.entries(pkg.peerDependenciesMeta ?? {})
          .filter(([, meta]) => (meta as { optional?: boolean }).optional)
          .map(([peer]) => peer);
        const names = [
          ...Object.keys(pkg.dependencies ?? {}),
          ...Object.keys(pkg.optionalDependencies ?? {}),
          ...Object.keys(pkg.peerDependencies ?? {}).filter((peer) => !optionalPeers.includes(peer)),
        ];
        for (const next of names) visit(candidate, next);
        return;
      }
      if (dir === project) return;
      dir = join(dir, '..');
      if (dir.endsWith('node_modules')) dir = join(dir, '..');
    }
  };
  visit(project, name);
  let total = 0;
  for (const dir of seen) {
    // A package's own folder, without the nested node_modules (visited as dependencies).
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      total += entry.isDirectory() ? folderBytes(path) : entry.isFile() ? statSync(path).size : 0;
    }
  }
  return total;
}

/** The TypeScript block of README.md that follows the package-test marker. */
export function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const match = /<!-- The package test[^>]*-->\s*```ts\n([\s\S]*?)```/.exec(readme);
  if (!match) throw new Error('README.md has no TypeScript block after the package-test marker');
  return match[1]!;
}

export const megabytes = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;

export { execFileSync };

/** The folder names of every published (not private) package under packages/. */
export function publishedPackages(): string[] {
  return readdirSync(join(ROOT, 'packages'))
    .sort()
    .filter((name) => {
      const file = join(ROOT, 'packages', name, 'package.json');
      return existsSync(file) && !JSON.parse(readFileSync(file, 'utf8')).private;
    });
}
