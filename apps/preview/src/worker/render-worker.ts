/// <reference lib="webworker" />
// Everything slow happens here, off the main thread: reading and validating the text, lint, and
// rendering the HTML view, the PDF pages and the downloads. The page sends one request at a time.
import { answer } from './handle-request.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void answer(
    event.data,
    (message: WorkerResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer),
    self.location.href,
  );
});
