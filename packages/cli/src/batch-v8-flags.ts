import { setFlagsFromString } from 'node:v8';
import { CODE_CACHE_WRITE } from './code-cache.js';

/**
 * V8 settings for a batch (`kiji render … --out-dir`), set for the whole process before its
 * workers start (each worker is a V8 isolate of its own and compiles the renderers afresh).
 *
 * `--interrupt-budget` (default 67584): how much a function must run before V8 considers
 * optimizing it. With the default, each worker's optimizing compiler works on some 450 functions
 * of react-pdf, fontkit, pdfkit and Kiji's layout in its first articles, many of them run only a
 * little: for 100 articles on 2 workers the compiler threads took about as much CPU as the
 * renders. Seven times the budget leaves the code that runs hot optimized, a little later, and
 * the rest not: the batch of 100 took about 0.7 of the CPU time (whole process, medians of 4 runs
 * side by side; 500000 to 2000000 measured alike). A single render keeps V8's default.
 *
 * V8 stamps compiled code with the flags in force when it is written: the workers keep a cache
 * file of their own (see render-worker-setup.ts), and the command's own code, loaded before these
 * are set, has its cache written (when it had none) before they are.
 */
export const BATCH_V8_FLAGS = '--interrupt-budget=500000';

/** Set the batch's V8 flags, unless the user's own Node options set them. */
export function setBatchV8Flags(): void {
  (globalThis as Record<symbol, (() => void) | undefined>)[CODE_CACHE_WRITE]?.();
  const given = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
  for (const flag of BATCH_V8_FLAGS.split(' ')) {
    if (!given.includes(flag.replace(/=.*/, ''))) setFlagsFromString(flag);
  }
}
