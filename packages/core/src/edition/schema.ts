import { z } from 'zod';
import { ArticleSchema, isoDate, languageTag, nonEmpty, PublisherSchema } from '../schema.js';

const section = nonEmpty.optional().meta({ description: 'Section label, e.g. "経済".' });

/** The validator of `edition.json`; the edition JSON Schema is generated from it. */
export const EditionManifestSchema = z
  .object({
    $schema: z.string().optional().meta({ description: 'The JSON Schema, for editors.' }),
    title: nonEmpty,
    subtitle: z.string().optional(),
    date: isoDate,
    publisher: PublisherSchema.optional(),
    language: languageTag,
    number: z.number().int('expected a whole number').positive('expected a number from 1').optional(),
    cover: nonEmpty
      .optional()
      .meta({ description: 'Cover image (JPEG or PNG) relative to the manifest; else generated.' }),
    articles: z
      .array(
        z.union([
          nonEmpty.meta({ description: 'Path of a .json, .md or .txt article.' }),
          z.object({ path: nonEmpty, section }).strict(),
          z.object({ article: ArticleSchema, section }).strict(),
        ]),
      )
      .min(1, 'list at least one article'),
  })
  .strict()
  .meta({
    title: 'Kiji edition',
    description: 'Several Kiji briefings as one PDF pack or EPUB: metadata, cover and articles.',
  });
