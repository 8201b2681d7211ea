import { articleJsonSchema, editionJsonSchema } from '@kiji/core';
import type { Command } from '../command.js';
import { configJsonSchema } from '../config/config-schema.js';
import { EXIT, UsageError } from '../io.js';

export const schema: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the article model (or of edition.json, kiji.config.json)',
  help: `Usage: kiji schema [--edition | --config]

Prints the JSON Schema (draft 2020-12) of Kiji articles, for editors and other tools; with
--edition, the schema of edition manifests (edition.json); with --config, that of
kiji.config.json. Name it in a file as "$schema" for completion in your editor.

Examples:
  kiji schema > article.schema.json
  kiji schema --edition > edition.schema.json
  kiji schema --config > kiji.config.schema.json`,
  options: { edition: { type: 'boolean' }, config: { type: 'boolean' } },
  async run({ values }, io) {
    if (values.edition && values.config) throw new UsageError('give --edition or --config, not both');
    const schema = values.config
      ? await configJsonSchema()
      : values.edition
        ? editionJsonSchema()
        : articleJsonSchema();
    io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    return EXIT.ok;
  },
};
