// `@kiji/core/files`: the one place Kiji reads a file an article names. Node only; a browser
// build gets `./browser.ts`, which reads nothing.
export {
  DEFAULT_MAX_IMAGE_BYTES,
  type FileAccess,
  type LocalFileResult,
  readLocalFile,
  readNamedFile,
  readRegularFile,
} from './read-local-file.js';
