// Preloaded into a real `kiji` process by the signal tests: every rename (the step that moves a
// finished temporary output into place) announces itself on stderr and then waits for ever, so
// the test can stop the process at exactly that moment.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

fs.promises.rename = async () => {
  process.stderr.write('kiji-test: renaming\n');
  // A timer keeps the process alive while it waits.
  await new Promise(() => setInterval(() => {}, 60_000));
};
syncBuiltinESMExports();
