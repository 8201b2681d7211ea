import { answer } from '../src/worker/handle-request.js';
import type { WorkerRequest, WorkerResponse } from '../src/worker/protocol.js';
import type { WorkerLike } from '../src/worker/render-client.js';

/** The render worker's own request handler, run in the test's thread instead of a Web Worker. */
export class InlineWorker implements WorkerLike {
  readonly requests: WorkerRequest[] = [];
  private listeners: ((event: MessageEvent<WorkerResponse>) => void)[] = [];

  postMessage(message: WorkerRequest): void {
    this.requests.push(message);
    setTimeout(() => {
      void answer(
        message,
        (response) => {
          for (const listener of this.listeners) listener({ data: response } as MessageEvent<WorkerResponse>);
        },
        'http://127.0.0.1:5173/',
      );
    }, 0);
  }

  addEventListener(_type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void {
    this.listeners.push(listener);
  }

  terminate(): void {
    this.listeners = [];
  }
}
