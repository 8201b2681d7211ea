export * from './brackets.js';
export * from './dates.js';
export * from './line-break-classes.js';
export * from './phrases/index.js';
export * from './regexp.js';
export * from './typography.js';
export * from './urls.js';
export * from './words.js';
