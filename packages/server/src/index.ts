export { parseTokenFile } from './bearer-auth.js';
export { createServer } from './create-server.js';
export { checkJsonDepth, MAX_JSON_DEPTH } from './json-depth.js';
export { PROBLEM_TYPES, type ProblemDocument, ProblemError, type ProblemKind } from './problem.js';
export type { JobsOptions, ServerOptions } from './server-options.js';
export { VERSION } from './version.js';
