/** Where a command prints and which directory relative paths start from; swapped in tests. */
export interface Io {
  /** Normal output. */
  stdout: (text: string) => void;
  /** Problems and warnings. */
  stderr: (text: string) => void;
  /** Directory that relative paths are resolved against. */
  cwd: string;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** A mistake in how the command was called: printed with a hint, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
