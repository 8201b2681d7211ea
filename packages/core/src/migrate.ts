import { InputError } from './errors.js';
import { SCHEMA_VERSION } from './model.js';

/** One step from version `from` to `from + 1`: a pure function of plain JSON. */
type Migration = (input: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades keyed by the version they upgrade from. Renderers only ever see the current
 * version; old files are migrated here, at the boundary.
 */
export const migrations: Record<number, Migration> = {};

/** Bring any supported older article up to `SCHEMA_VERSION`; reject unknown versions. */
export function migrateArticle(input: unknown, file?: string): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InputError(
      [{ path: '', message: 'expected an article object like {"type": "article", ...}' }],
      file,
    );
  }
  let data = input as Record<string, unknown>;
  const version = data.schemaVersion;
  if (version === undefined) {
    throw new InputError(
      [{ path: 'schemaVersion', message: `required: add "schemaVersion": ${SCHEMA_VERSION}` }],
      file,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new InputError(
      [{ path: 'schemaVersion', message: `expected a positive integer, got ${JSON.stringify(version)}` }],
      file,
    );
  }
  if (version > SCHEMA_VERSION) {
    throw new InputError(
      [
        {
          path: 'schemaVersion',
          message: `version ${version} was written by a newer Kiji; this one reads up to ${SCHEMA_VERSION}: upgrade Kiji`,
        },
      ],
      file,
    );
  }
  for (let from = version; from < SCHEMA_VERSION; from++) {
    const step = migrations[from];
    if (!step) throw new Error(`no migration from schema version ${from}`);
    data = { ...step(data), schemaVersion: from + 1 };
  }
  return data;
}
