export type { EpubOptions, EpubWarning, FontFile, FontFormat, WarningHandler } from './options.js';
export { contentIdentifier } from './steps/identifier.js';
export { toEditionEpub, toEpub } from './to-epub.js';
