export {
  createRenderPool,
  type RenderPool,
  type RenderPoolOptions,
  type RenderPoolStats,
  type RunOptions,
} from './pool.js';
export { renderEditionTask, renderTask } from './render-task.js';
export type {
  EpubTaskOptions,
  PdfTaskOptions,
  RenderEditionTask,
  RenderFormat,
  RenderResult,
  RenderTask,
  RenderWarning,
} from './task.js';
