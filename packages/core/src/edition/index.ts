export { editionJsonSchema } from './json-schema.js';
export type { Edition, EditionArticle, EditionEntry, EditionManifest, EditionMeta } from './model.js';
export { parseEditionManifest } from './parse-edition.js';
