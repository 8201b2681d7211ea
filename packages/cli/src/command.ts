import type { ParseArgsConfig } from 'node:util';
import type { Io } from './io.js';

/** Parsed command-line arguments handed to a command. */
export interface CommandArgs {
  /** Arguments that are not options, in order. */
  positionals: string[];
  /** Option values by long name. */
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
}

/** One `kiji` sub-command. */
export interface Command {
  /** The word after `kiji`. */
  name: string;
  /** One line for `kiji --help`. */
  summary: string;
  /** The usage line(s) and option descriptions for `kiji <name> --help`. */
  help: string;
  /** Options as `node:util` parseArgs takes them. */
  options: NonNullable<ParseArgsConfig['options']>;
  /** Rewrite the raw arguments before they are parsed (optional). */
  normalizeArgs?: (args: string[]) => string[];
  /** Run and return the exit code; throw `InputError` for bad input, `UsageError` for misuse. */
  run: (args: CommandArgs, io: Io) => Promise<number>;
}
