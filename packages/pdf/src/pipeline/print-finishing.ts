// pdf-lib is a large CommonJS package (about a third of a second to load): only print mode, a
// signature and the slug need it, so it is loaded when one of them runs, not with the package.
import type { FinishForPrintOptions, OutputIntent } from './finish-for-print.js';

/** Finish a screen PDF for print: see `finish-for-print.ts` (loaded on first use). */
export async function finishForPrint(pdf: Uint8Array, options: FinishForPrintOptions): Promise<Uint8Array> {
  return (await import('./finish-for-print.js')).finishForPrint(pdf, options);
}

/** The output intent shipped with Kiji: FOGRA39 coated offset (see icc/README.md for its licence). */
export async function defaultOutputIntent(): Promise<OutputIntent> {
  return (await import('./finish-for-print.js')).defaultOutputIntent();
}

/** Number of pages of a PDF. */
export async function countPages(pdf: Uint8Array): Promise<number> {
  const { PDFDocument } = await import('pdf-lib');
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}
