import type { LoadWarning } from './types.js';

/** `file:line: warning: message`, the way compilers print warnings. */
export function formatWarning(warning: LoadWarning, file: string): string {
  return `${file}${warning.line !== undefined ? `:${warning.line}` : ''}: warning: ${warning.message}`;
}
