import type { Article } from '@kiji/core';
import type { Io } from '../io.js';

/** Options `kiji render` passes to every output format. */
export interface RenderFlags {
  /** All parsed option values, for format-specific flags. */
  values: Record<string, unknown>;
  /** Where figure files may come from: the root (`--root`, default the article's folder), where relative paths start, the size limit. */
  files: { root: string; baseDir: string; maxImageBytes: number };
}

/** One output format of `kiji render`, selected with `--<flag> FILE`. */
export interface OutputFormat {
  /** The option naming the output file, e.g. `pdf` for `--pdf out/a.pdf`. */
  flag: string;
  /** Option help line. */
  description: string;
  /** Extra options this format reads (e.g. `page-size`). */
  options?: Record<string, { type: 'string' | 'boolean'; description: string; multiple?: boolean }>;
  /** Check this format's options before the article is read; throw `UsageError` for bad ones. */
  check?: (values: Record<string, unknown>, io: Io) => Promise<void>;
  /** Produce the file's bytes; warnings go to `io.stderr`. */
  render: (article: Article, flags: RenderFlags, io: Io) => Promise<Uint8Array | string>;
}
