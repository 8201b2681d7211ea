#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// React (inside react-pdf) otherwise runs its development build, which checks and records every
// element it creates. An explicit NODE_ENV from the user still wins. Set before anything loads
// React, hence the dynamic import.
process.env.NODE_ENV ??= 'production';
// Memory before a little speed on long documents: V8 lets the heap grow to about three times
// what a long render keeps alive (a 150-page PDF: 180 MB alive, 620 MB resident; 360 MB with
// this, for about a sixth more CPU; a one-article render is unchanged). Set for the whole
// process, render workers included, unless the user's own Node options set it.
if (!`${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`.includes('heap-growing-percent')) {
  setFlagsFromString('--heap-growing-percent=15');
}
// After the flags: V8 keeps compiled code only for the flags it was compiled with.
const { cacheDirectory, registerCodeCache, requireWithCodeCache } = await import('./code-cache.js');
const caches = cacheDirectory();
registerCodeCache(caches);
// The command itself, as CommonJS beside this file (see tsup.config.ts), with its compiled code.
const { main, describeUnexpected, removePendingOutputs, stopGracefully } = requireWithCodeCache(
  fileURLToPath(new URL('./main.cjs', import.meta.url)),
) as typeof import('./main.js');

// Stopped between writing an output and renaming it into place, remove the temporary file, then
// die of the same signal so the caller sees why the command ended. A service (kiji serve, kiji
// worker) takes the first signal to finish its work and exit; a second one ends it at once.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.once(signal, () => {
    if (stopGracefully(signal)) return;
    removePendingOutputs();
    process.kill(process.pid, signal);
  });
}

// An error thrown outside the command's promise (inside a stream callback of a library) would
// otherwise end the process with a stack trace.
const crash = (error: unknown) => {
  process.stderr.write(`kiji: ${describeUnexpected(error)}\n`);
  process.exit(1);
};
process.on('uncaughtException', crash);
// `kiji import big.json | head`: the reader has what it wanted; stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  crash(error);
});
process.on('unhandledRejection', crash);

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stderrIsTerminal: process.stderr.isTTY === true,
  ...(caches ? { cacheDirectory: caches } : {}),
  readStdin: async (maxBytes) => {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
      total += (chunk as Buffer).length;
      // Enough to tell the input is over the limit: stop reading an endless pipe here.
      if (total >= maxBytes) break;
    }
    process.stdin.destroy();
    return Buffer.concat(chunks).subarray(0, maxBytes);
  },
  writeStdout: (data) =>
    new Promise((resolve, reject) => {
      process.stdout.write(data, (error) => (error ? reject(error) : resolve()));
    }),
});
