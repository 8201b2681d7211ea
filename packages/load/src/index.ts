export { decodeHtml } from '@kiji/import-html';
export { formatWarning } from './format-warning.js';
export { ARTICLE_EXTENSIONS, type ArticleFormat, extensionOf, formatOf } from './formats.js';
export { articleReaders, loadArticleBytes, loadArticleFile, loadArticleText } from './load-article.js';
export { loadEditionText } from './load-edition.js';
export type { ArticleReader, LoadOptions, LoadResult, LoadWarning } from './types.js';
