// The code every worker thread of the pool runs. Parsed fonts and loaded renderers are kept
// per thread for its whole life, so each worker parses the fonts once, on its first PDF.
import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { RenderEditionTask, RenderResult, RenderTask, WorkerData } from './task.js';

// React (inside react-pdf) runs its production build unless the caller asked otherwise: the
// development build checks and records every element. The renderers load after this line.
process.env.NODE_ENV ??= 'production';
const data = (workerData as WorkerData | undefined) ?? {};
// The program's own preparation (the kiji command's compiled-code cache) comes before any
// renderer loads. The pool ends its threads without an 'exit' event, so the setup module may
// export `afterTask` to save what it must after a render.
const setup: { afterTask?: () => void } = data.setup ? await import(data.setup) : {};
const { renderEditionTask, renderTask } = await import('./render-task.js');
// Loaded now, while the caller is still reading its articles, rather than on the first task.
if (data.preload?.includes('pdf')) await import('@kiji/pdf');

/**
 * The output bytes go back to the caller's thread moved, not copied. A view on part of a larger
 * buffer (one of Node's pooled small buffers) is copied: moving it would take the rest along.
 */
function moved(result: RenderResult): unknown {
  const transfer: ArrayBuffer[] = [];
  if (result.ok) {
    for (const bytes of [result.pdf, result.epub]) {
      if (bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
        transfer.push(bytes.buffer as ArrayBuffer);
      }
    }
  }
  return move({ [transferableSymbol]: transfer, [valueSymbol]: result });
}

export default async function render(task: RenderTask): Promise<unknown> {
  const result = await renderTask(task);
  setup.afterTask?.();
  return moved(result);
}

export async function renderEdition(task: RenderEditionTask): Promise<unknown> {
  const result = await renderEditionTask(task);
  setup.afterTask?.();
  return moved(result);
}
