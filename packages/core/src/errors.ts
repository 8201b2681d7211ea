/** One problem found in an input, located by JSON path and, when known, line and column. */
export interface InputProblem {
  /** JSON path like `children[2].children[0].sourceId`; empty for the whole document. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** 1-based line in the input file, when the input was text. */
  line?: number;
  /** 1-based column in the input file, when the input was text. */
  column?: number;
}

/**
 * The one error type for bad input: every problem found, each with its place.
 * Callers (the CLI, the preview) print `problems` and never a stack trace.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** Every problem found, in document order. */
  readonly problems: InputProblem[];
  /** The file the input came from, when known. */
  readonly file: string | undefined;

  constructor(problems: InputProblem[], file?: string) {
    super(formatProblems(problems, file));
    this.problems = problems;
    this.file = file;
  }

  /** The same problems attributed to `file`. */
  withFile(file: string): InputError {
    return new InputError(this.problems, file);
  }
}

/** True for errors thrown for bad input (as opposed to bugs). */
export function isInputError(error: unknown): error is InputError {
  return (
    error instanceof Error && error.name === 'InputError' && Array.isArray((error as InputError).problems)
  );
}

/** `file:line:col: path: message`, one problem per line; parts that are unknown are left out. */
export function formatProblem(problem: InputProblem, file?: string): string {
  let place = file ?? '';
  if (problem.line !== undefined) {
    place += `${place ? ':' : ''}${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}`;
  }
  const parts = [place, problem.path, problem.message].filter((part) => part !== '');
  return parts.join(': ');
}

/** Every problem, one per line. */
export function formatProblems(problems: InputProblem[], file?: string): string {
  return problems.map((problem) => formatProblem(problem, file)).join('\n');
}

/** `['children', 2, 'sourceId']` -> `children[2].sourceId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
