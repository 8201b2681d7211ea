export { type ImportTextResult, importText } from './import-text.js';
export type { ImportTextOptions, ImportWarning, ImportWarningCode } from './types.js';
