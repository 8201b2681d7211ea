import { articleJsonSchema } from '@kiji/core';
import type { Command } from '../command.js';
import { EXIT } from '../io.js';

export const schema: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the article model',
  help: `Usage: kiji schema

Prints the JSON Schema (draft 2020-12) of Kiji articles, for editors and other tools.`,
  options: {},
  async run(_args, io) {
    io.stdout(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
};
