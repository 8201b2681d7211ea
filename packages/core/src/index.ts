export * from './builders.js';
export * from './edition/index.js';
export * from './errors.js';
export * from './images/index.js';
export { articleJsonSchema } from './json-schema.js';
export * from './limits.js';
export { migrateArticle, migrations } from './migrate.js';
export * from './model.js';
export * from './parse-article.js';
export { parseJsonText } from './parse-json.js';
// The zod schemas stay inside: zod is bundled, and the public types do not depend on it.
export { META_FIELDS } from './schema.js';
export * from './source-date-epoch.js';
export * from './text/index.js';
export * from './visit.js';
export { type SchemaIssue, schemaProblems } from './zod-problems.js';
