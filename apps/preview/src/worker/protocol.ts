import type { Severity } from '@kiji/lint';

/** Page sizes the preview offers (the names `@kiji/pdf` accepts). */
export const PAGE_SIZES = ['A4', 'JIS-B5', 'A5', 'Letter'] as const;
export type PreviewPageSize = (typeof PAGE_SIZES)[number];

/** What the preview shows. */
export interface ViewOptions {
  view: 'html' | 'pdf';
  vertical: boolean;
  pageSize: PreviewPageSize;
  /** The print edition (bleed, crop marks) instead of the screen PDF. */
  print: boolean;
}

/** One entry of the check panel: a validation problem, a lint finding or an import note. */
export interface CheckItem {
  kind: 'problem' | 'finding' | 'import' | 'render';
  severity: Severity;
  /** Lint rule id; `validation` for problems, `import` for import notes. */
  rule: string;
  message: string;
  fix?: string;
  /** JSON path of the node, when known. */
  path?: string;
  line?: number;
  column?: number;
}

export type DownloadKind = 'pdf' | 'print-pdf' | 'epub' | 'epub-vertical';

export type WorkerRequest =
  | { type: 'update'; id: number; text: string; name: string; options: ViewOptions }
  | { type: 'download'; id: number; text: string; name: string; kind: DownloadKind; options: ViewOptions }
  /**
   * Scraped page text, or a saved web page's bytes (decoded in the worker, in the encoding the
   * page declares), to Kiji Markdown for the editor.
   */
  | { type: 'import'; id: number; text: string; bytes?: Uint8Array; name: string };

/** A request without its id: what the page asks for. */
export type Task = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** What a task gives back. */
export type TaskResult =
  | { type: 'file'; bytes: Uint8Array; fileName: string; mime: string }
  | { type: 'imported'; markdown: string; items: CheckItem[] };

export type WorkerResponse =
  | { type: 'checked'; id: number; title?: string; items: CheckItem[]; valid: boolean }
  | { type: 'html'; id: number; html: string }
  | { type: 'pdf'; id: number; bytes: Uint8Array; renderMs: number; items: CheckItem[] }
  | { type: 'progress'; id: number; stage: string }
  | ({ id: number } & TaskResult)
  | { type: 'failed'; id: number; message: string }
  | { type: 'done'; id: number };
