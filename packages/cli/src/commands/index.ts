import type { Command } from '../command.js';
import { completionCommand } from './completion.js';
import { edition } from './edition.js';
import { importCommand } from './import.js';
import { lint } from './lint.js';
import { render } from './render.js';
import { schema } from './schema.js';
import { serve } from './serve.js';
import { validate } from './validate.js';
import { worker } from './worker.js';

/** Every sub-command, in the order `kiji --help` lists them. */
export const commands: Command[] = [validate, lint, render, edition, importCommand, schema, serve, worker];
commands.push(completionCommand(() => commands));
