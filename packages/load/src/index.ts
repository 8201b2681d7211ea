export { decodeHtml } from '@kiji/import-html';
export { ARTICLE_EXTENSIONS, type ArticleFormat, extensionOf, formatOf } from './formats.js';
export {
  type ArticleReader,
  articleReaders,
  formatWarning,
  type LoadOptions,
  type LoadResult,
  type LoadWarning,
  loadArticleBytes,
  loadArticleFile,
  loadArticleText,
} from './load-article.js';
export { loadEditionText } from './load-edition.js';
