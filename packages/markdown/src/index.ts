export { type ParseMarkdownOptions, parseMarkdown } from './parse-markdown.js';
export { toMarkdown } from './to-markdown.js';
