// The code every worker thread of the pool runs. Parsed fonts and loaded renderers are kept
// per thread for its whole life, so each worker parses the fonts once, on its first PDF.
import { renderTask } from './render-task.js';

export default renderTask;
