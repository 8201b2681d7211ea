import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Tests run in the package folder (happy-dom gives modules http: URLs, so no import.meta.url).
const repo = `${resolve(process.cwd(), '../..')}/`;

/**
 * The scraped summit page lives beside the repository (`../shared/seeds/`), or beside the folder
 * of worktrees a clone may sit in. Under CI=true its absence fails the run instead of skipping.
 */
const candidates = [`${repo}../shared/seeds/summit-2025.txt`, `${repo}../../shared/seeds/summit-2025.txt`];
export const SEED_PATH = candidates.find((path) => existsSync(path));

export const seedAvailable = SEED_PATH !== undefined;
if (!seedAvailable && process.env.CI === 'true') {
  throw new Error(`seed article not found at ${candidates[0]}: copy shared/seeds beside the repository`);
}

export const readSeed = (): string => readFileSync(SEED_PATH!, 'utf8');
