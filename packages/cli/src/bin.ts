#!/usr/bin/env node
// React (inside react-pdf) otherwise runs its development build, which checks and records every
// element it creates. An explicit NODE_ENV from the user still wins. Set before anything loads
// React, hence the dynamic import.
process.env.NODE_ENV ??= 'production';
const { main } = await import('./main.js');

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
