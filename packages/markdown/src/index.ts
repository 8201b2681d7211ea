export {
  type MarkdownReadResult,
  type ParseMarkdownOptions,
  parseMarkdown,
  parseMarkdownWithPlaces,
} from './parse-markdown.js';
export type { Place } from './places.js';
export { toMarkdown } from './to-markdown.js';
