import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

// A fresh `kiji` process spends a tenth of its time compiling @kiji/pdf's bundle (react-pdf,
// pdfkit, fontkit and Kiji's layout): V8 can keep that compiled code between processes, as
// Chromium does, but Node 20 offers it only for CommonJS scripts (`vm.Script`'s `cachedData`;
// `module.enableCompileCache` came with Node 22). @kiji/pdf's Node build is CommonJS behind an
// ES module that asks for `globalThis[CODE_CACHE_HOOK]` when the program registered one.

/** The global @kiji/pdf's ES module looks for (see packages/pdf/tsup.config.ts). */
export const CODE_CACHE_HOOK = Symbol.for('kiji.requireWithCodeCache');

/**
 * Cache files kept: one per bundle (the command's and @kiji/pdf's), Kiji version, Node version and
 * flag set in use.
 */
const KEEP = 8;
/** A cache file starts with the SHA-1 of the rest, checked before V8 is given the rest. */
const DIGEST_BYTES = 20;

/**
 * Where Kiji keeps caches: `KIJI_CACHE_DIR` when set (empty: no cache), else the platform's user
 * cache folder (`$XDG_CACHE_HOME/kiji` or `~/.cache/kiji`, `~/Library/Caches/kiji`,
 * `%LOCALAPPDATA%\kiji\Cache`). Undefined when there is none.
 */
export function cacheDirectory(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (env.KIJI_CACHE_DIR !== undefined) return env.KIJI_CACHE_DIR || undefined;
  try {
    if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'kiji', 'Cache') : undefined;
    if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'kiji');
    return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kiji');
  } catch {
    // No home folder (a service account): no cache.
    return undefined;
  }
}

/**
 * The global `writeCodeCache` of the thread is also registered under: code bundled apart from
 * this module (the command's, in dist/main.cjs) calls it before it changes V8's flags.
 */
export const CODE_CACHE_WRITE = Symbol.for('kiji.writeCodeCache');

/** Caches to write in this thread: bundles loaded without one, or whose cache V8 rejected. */
const pending: (() => void)[] = [];

/**
 * Make CommonJS bundles that ask for it (`globalThis[CODE_CACHE_HOOK](file)`) load with V8's
 * code cache kept in `directory`/code. The cache is V8's own: it checks the V8 version, the flags
 * and the source's length, and rejects what does not match; the file name also names the file and
 * its version (status: size, times, inode), Node's version and flags (with `flags`, those the
 * program set itself), so that versions side by side keep their own files and a rebuilt file
 * starts afresh. A missing or rejected cache is written when the thread exits, with every
 * function compiled by then (a render's whole code path), or by `writeCodeCache()`. A cache
 * folder that cannot be read or written only means no cache. Each thread registers its own.
 */
export function registerCodeCache(directory: string | undefined, flags = ''): void {
  if (!directory) return;
  const loaded = new Map<string, unknown>();
  (globalThis as Record<symbol, unknown>)[CODE_CACHE_HOOK] = (filename: string): unknown => {
    if (!loaded.has(filename))
      loaded.set(filename, loadWithCodeCache(join(directory, 'code'), filename, flags));
    return loaded.get(filename);
  };
  (globalThis as Record<symbol, unknown>)[CODE_CACHE_WRITE] = writeCodeCache;
  process.once('exit', writeCodeCache);
}

/**
 * Write the caches still to write, now: a worker thread ended by its pool sees no 'exit' event,
 * so a render worker calls this once it has rendered (see render-worker-setup.ts); and V8 stamps
 * a cache with the flags in force when it is written, so a batch writes the command's before it
 * sets its own flags (batch-v8-flags.ts).
 */
export function writeCodeCache(): void {
  for (const write of pending.splice(0)) write();
}

/**
 * `require(filename)` of a CommonJS bundle, through the code cache when `registerCodeCache`
 * registered one (the same module object as the bundles that ask for it get).
 */
export function requireWithCodeCache(filename: string): unknown {
  const load = (globalThis as Record<symbol, unknown>)[CODE_CACHE_HOOK];
  return typeof load === 'function' ? load(filename) : createRequire(filename)(filename);
}

function loadWithCodeCache(folder: string, filename: string, flags: string): unknown {
  const source = readFileSync(filename, 'utf8');
  // The file's version by its status rather than a digest of its 4 MB (a hundredth of a start):
  // any write to the file changes its change time (ctime), which no program can set back.
  const { dev, ino, size, mtimeNs, ctimeNs } = statSync(filename, { bigint: true });
  const key = createHash('sha256')
    .update(
      `${process.version} ${process.arch} ${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''} ${flags}\n`,
    )
    .update(`${filename}\n${dev} ${ino} ${size} ${mtimeNs} ${ctimeNs} ${source.length}`)
    .digest('hex')
    .slice(0, 32);
  const cacheFile = join(folder, `${key}.v8`);
  const cachedData = readCache(cacheFile);
  // The function Node wraps every CommonJS module in.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new Script(wrapped, {
    filename,
    ...(cachedData ? { cachedData } : {}),
  });
  if (!cachedData || script.cachedDataRejected) {
    pending.push(() => writeCache(folder, cacheFile, script.createCachedData()));
  }
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  return module.exports;
}

function readCache(file: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const data = bytes.subarray(DIGEST_BYTES);
  const digest = createHash('sha1').update(data).digest();
  return bytes.length > DIGEST_BYTES && digest.equals(bytes.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

/** Written whole or not at all (a temporary file renamed), then only the newest files kept. */
function writeCache(folder: string, file: string, data: Buffer): void {
  // Threads of one process may write at once: each its own temporary file, renamed into place whole.
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, Buffer.concat([createHash('sha1').update(data).digest(), data]));
    renameSync(temporary, file);
    const old = readdirSync(folder)
      .filter((name) => name.endsWith('.v8'))
      .map((name) => ({ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time)
      .slice(KEEP);
    for (const { path } of old) rmSync(path, { force: true });
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}
