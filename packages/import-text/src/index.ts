export { type ImportTextResult, importText } from './import-text.js';
export { FALLBACK_DATE } from './steps/build-article.js';
export type { ImportTextOptions, ImportWarning, ImportWarningCode } from './types.js';
