export {
  type MarkdownReadResult,
  type MarkdownWarning,
  type ParseMarkdownOptions,
  parseMarkdown,
  parseMarkdownWithPlaces,
} from './parse-markdown.js';
export type { Place } from './places.js';
export { MAX_DELIMITERS_PER_PARAGRAPH } from './tame-delimiters.js';
export { toMarkdown } from './to-markdown.js';
