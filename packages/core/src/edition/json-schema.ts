import { z } from 'zod';
import { EditionManifestSchema } from './schema.js';

/** The JSON Schema (draft 2020-12) of `edition.json`, generated from the validator. */
export function editionJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(EditionManifestSchema, { target: 'draft-2020-12', cycles: 'ref' }) as Record<
    string,
    unknown
  >;
}
