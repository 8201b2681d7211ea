import { z } from 'zod';
import { ArticleSchema } from './schema.js';

/** The JSON Schema (draft 2020-12) of the current article model, generated from the validator. */
export function articleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12', cycles: 'ref' }) as Record<string, unknown>;
}
