/** Where a command prints and which directory relative paths start from; swapped in tests. */
export interface Io {
  /** Normal output. */
  stdout: (text: string) => void;
  /** Problems and warnings. */
  stderr: (text: string) => void;
  /** Directory that relative paths are resolved against. */
  cwd: string;
  /**
   * Standard input, for `-` as the article: at most `maxBytes` bytes, then reading stops (an
   * endless pipe is never read past the input limit). Absent where there is none.
   */
  readStdin?: (maxBytes: number) => Promise<Uint8Array>;
  /** True when stderr is a terminal: long work then shows its progress there. */
  stderrIsTerminal?: boolean;
  /**
   * The folder where the process keeps caches between runs (compiled code, shaped text), as the
   * `kiji` command chose it (`KIJI_CACHE_DIR`); absent: none.
   */
  cacheDirectory?: string;
  /** Write an output's bytes to standard output, for `-` as an output file. */
  writeStdout?: (data: string | Uint8Array) => Promise<void>;
}

/** The file name that means standard input (as an article) or standard output (as an output). */
export const STDIO = '-';

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** A mistake in how the command was called: printed with a hint, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
