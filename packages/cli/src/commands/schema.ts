import { articleJsonSchema, editionJsonSchema } from '@kiji/core';
import type { Command } from '../command.js';
import { EXIT } from '../io.js';

export const schema: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the article model (or of edition.json)',
  help: `Usage: kiji schema [--edition]

Prints the JSON Schema (draft 2020-12) of Kiji articles, for editors and other tools; with
--edition, the schema of edition manifests (edition.json). Name it in an article as
"$schema" for completion in your editor.

Examples:
  kiji schema > article.schema.json
  kiji schema --edition > edition.schema.json`,
  options: { edition: { type: 'boolean' } },
  async run({ values }, io) {
    const schema = values.edition ? editionJsonSchema() : articleJsonSchema();
    io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    return EXIT.ok;
  },
};
