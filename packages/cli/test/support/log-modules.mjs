// Preloaded into a real `kiji` process by the start-up tests: every module file the process loads
// is appended, one URL a line, to the file named by KIJI_TEST_MODULE_LOG: ES modules through the
// loader's hook, files `require`d (the command's CommonJS bundle and what it requires, ES modules
// included) through CommonJS's loader, which that hook does not see.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('./log-modules-hook.mjs', import.meta.url);

const log = process.env.KIJI_TEST_MODULE_LOG;
const load = Module._load;
Module._load = function (request, parent, isMain, ...rest) {
  if (log && !request.startsWith('node:')) {
    try {
      const file = Module._resolveFilename(request, parent, isMain);
      if (file.startsWith('/')) appendFileSync(log, `${pathToFileURL(file).href}\n`);
    } catch {
      // Not found: the require below reports it.
    }
  }
  return load.call(this, request, parent, isMain, ...rest);
};
