// Every render worker of `kiji render … --out-dir` imports this before any renderer: the workers
// load @kiji/pdf with the compiled-code cache of the command (their own file, keyed with the
// batch's V8 flags, which V8 checks). A worker writes a missing cache after its first render.
import { BATCH_V8_FLAGS } from './batch-v8-flags.js';
import { cacheDirectory, registerCodeCache, writeCodeCache } from './code-cache.js';

registerCodeCache(cacheDirectory(), BATCH_V8_FLAGS);

/** Called by the pool after each render; writes nothing once the cache is written. */
export const afterTask = writeCodeCache;
