export { createRenderPool, type RenderPool, type RenderPoolOptions } from './pool.js';
export { renderTask } from './render-task.js';
export type { RenderFormat, RenderResult, RenderTask, RenderWarning } from './task.js';
