export type { Command, CommandArgs } from './command.js';
export { EXIT, type Io, UsageError } from './io.js';
export { loadArticle } from './load-article.js';
export { main } from './main.js';
export type { OutputFormat, RenderFlags } from './outputs/output.js';
export { OutputError, writeOutput, writeOutputs } from './write-output.js';
