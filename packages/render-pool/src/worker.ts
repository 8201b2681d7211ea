// The code every worker thread of the pool runs. Parsed fonts and loaded renderers are kept
// per thread for its whole life, so each worker parses the fonts once, on its first PDF.
// React (inside react-pdf) runs its production build unless the caller asked otherwise: the
// development build checks and records every element. The renderers load after this line.
process.env.NODE_ENV ??= 'production';
const { renderEditionTask, renderTask } = await import('./render-task.js');

export default renderTask;
export { renderEditionTask };
