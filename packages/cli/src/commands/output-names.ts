import { basename, dirname, extname, resolve, sep } from 'node:path';

/**
 * The file name (without extension) each input's outputs get in the output folder: the input's
 * own name, or, for inputs that share one (`a/article.json`, `b/article.json`), their folder
 * names in front until they differ (`a-article`, `b-article`).
 */
export function outputNames(inputs: readonly string[], cwd: string): string[] {
  const parts = inputs.map((input) => {
    const full = resolve(cwd, input);
    const folders = dirname(full).split(sep).filter(Boolean);
    return { stem: basename(full, extname(full)), folders };
  });
  const depth = inputs.map(() => 0);
  const nameOf = (index: number) => {
    const { stem, folders } = parts[index]!;
    const taken = depth[index]! > 0 ? folders.slice(-depth[index]!) : [];
    return [...taken, stem].join('-');
  };
  for (;;) {
    const byName = new Map<string, number[]>();
    inputs.forEach((_, index) => {
      const name = nameOf(index);
      byName.set(name, [...(byName.get(name) ?? []), index]);
    });
    let changed = false;
    for (const indexes of byName.values()) {
      if (indexes.length < 2) continue;
      for (const index of indexes) {
        if (depth[index]! < parts[index]!.folders.length) {
          depth[index]!++;
          changed = true;
        }
      }
    }
    if (!changed) return inputs.map((_, index) => nameOf(index));
  }
}
