import { parseArgs } from 'node:util';
import { formatProblem, isInputError } from '@kiji/core';
import { commands } from './commands/index.js';
import { EXIT, type Io, UsageError } from './io.js';
import { terminalSafe } from './terminal-safe.js';
import { VERSION } from './version.js';
import { OutputError } from './write-output.js';

const HELP = `kiji ${VERSION}: news briefings to print PDF, EPUB and HTML

Usage: kiji <command> [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`).join('\n')}

Options:
  -h, --help     show help (also: kiji <command> --help)
  -v, --version  print the version

Exit codes: 0 ok, 1 bad input, 2 usage error.
`;

/** Run the CLI with `argv` (without node and script) and return the exit code. */
export async function main(argv: string[], given: Io): Promise<number> {
  // Messages quote article text: never let it drive the terminal.
  const io: Io = { ...given, stderr: (text) => given.stderr(terminalSafe(text)) };
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(
      `kiji: unknown command "${name}": use one of ${commands.map((c) => c.name).join(', ')} (kiji --help)\n`,
    );
    return EXIT.usage;
  }
  try {
    const parsed = parseArgs({
      args: command.normalizeArgs ? command.normalizeArgs(rest) : rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
    checkRepeatedOptions(parsed.tokens ?? [], command.options);
    if (parsed.values.help) {
      io.stdout(`${command.help.trim()}\n`);
      return EXIT.ok;
    }
    return await command.run({ positionals: parsed.positionals, values: parsed.values }, io);
  } catch (error) {
    if (isInputError(error)) {
      for (const problem of error.problems) io.stderr(`${formatProblem(problem, error.file)}\n`);
      return EXIT.badInput;
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      const message = unknownOption(error, Object.keys(command.options)) ?? (error as Error).message;
      io.stderr(`kiji ${command.name}: ${message} (kiji ${command.name} --help)\n`);
      return EXIT.usage;
    }
    if (error instanceof OutputError) {
      io.stderr(`kiji ${command.name}: ${error.message}\n`);
      return EXIT.badInput;
    }
    if (isFileSystemError(error)) {
      io.stderr(`kiji ${command.name}: ${describeFileSystemError(error)}\n`);
      return EXIT.badInput;
    }
    io.stderr(`kiji ${command.name}: ${describeUnexpected(error)}\n`);
    return EXIT.badInput;
  }
}

/** A bug, not bad input: one line instead of a stack trace; KIJI_DEBUG=1 shows where. */
export function describeUnexpected(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (process.env.KIJI_DEBUG && error instanceof Error && error.stack)
    return `unexpected error: ${error.stack}`;
  return `unexpected error (${message}); nothing was written. Please report it with the input; KIJI_DEBUG=1 shows where it happened`;
}

/** `unknown option --htm: did you mean --html?` instead of node's longer wording. */
function unknownOption(error: unknown, names: string[]): string | undefined {
  if ((error as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return undefined;
  const option = /Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
  if (!option) return undefined;
  const given = option.replace(/^-+/, '');
  const [best] = names
    .map((name) => ({ name, distance: editDistance(given, name) }))
    .sort((a, b) => a.distance - b.distance);
  const hint =
    best && best.distance <= Math.max(1, Math.floor(best.name.length / 3))
      ? `did you mean --${best.name}?`
      : names.length === 0
        ? 'this command takes no options'
        : `use one of ${names.map((name) => `--${name}`).join(', ')}`;
  return `unknown option ${option}: ${hint}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

interface FileSystemError extends Error {
  code: string;
  path?: string;
}

function isFileSystemError(error: unknown): error is FileSystemError {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    /^E[A-Z]+$/.test(error.code)
  );
}

function describeFileSystemError(error: FileSystemError): string {
  const path = error.path ?? 'file';
  switch (error.code) {
    case 'ENOENT':
      return `${path}: no such file or directory`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'EISDIR':
      return `${path}: is a directory, expected a file`;
    case 'ENOTDIR':
      return `${path}: a part of the path is not a directory`;
    case 'EROFS':
      return `${path}: read-only file system`;
    default:
      return `${path}: ${error.message}`;
  }
}

/**
 * `--pdf a --pdf b` would silently keep only `b`: a value option given twice is a usage error
 * (options meant to repeat are declared `multiple`).
 */
function checkRepeatedOptions(
  tokens: { kind: string; name?: string; value?: string | undefined }[],
  options: Record<string, { type: string; multiple?: boolean }>,
): void {
  const seen = new Map<string, string | undefined>();
  for (const token of tokens) {
    if (token.kind !== 'option' || !token.name) continue;
    const option = options[token.name];
    if (option?.type !== 'string' || option.multiple) continue;
    if (seen.has(token.name)) {
      throw new UsageError(
        `--${token.name} is given twice ("${seen.get(token.name)}" and "${token.value}"): give it once`,
      );
    }
    seen.set(token.name, token.value);
  }
}

export { stopGracefully } from './stop-signal.js';
export { removePendingOutputs } from './write-output.js';
