export * from './image-source.js';
export * from './load-figure-images.js';
export * from './sniff-image.js';
