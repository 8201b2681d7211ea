// Preloaded into a real `kiji` process by the start-up tests: every module file the process loads
// is appended, one URL a line, to the file named by KIJI_TEST_MODULE_LOG.
import { register } from 'node:module';

register('./log-modules-hook.mjs', import.meta.url);
