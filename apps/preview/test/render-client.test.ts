import { describe, expect, it } from 'vitest';
import type { ViewOptions, WorkerRequest, WorkerResponse } from '../src/worker/protocol.js';
import { RenderClient, type WorkerLike } from '../src/worker/render-client.js';

const options: ViewOptions = { view: 'html', vertical: false, pageSize: 'A4', print: false };

/** A worker that answers only when the test says so. */
class ManualWorker implements WorkerLike {
  readonly requests: WorkerRequest[] = [];
  private listener: ((event: MessageEvent<WorkerResponse>) => void) | undefined;
  postMessage(message: WorkerRequest) {
    this.requests.push(message);
  }
  addEventListener(_type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void) {
    this.listener = listener;
  }
  terminate() {}
  reply(message: WorkerResponse) {
    this.listener?.({ data: message } as MessageEvent<WorkerResponse>);
  }
}

describe('RenderClient', () => {
  it('sends one request at a time and only the newest of the updates typed meanwhile', () => {
    const worker = new ManualWorker();
    const client = new RenderClient(worker, () => {});
    client.update('a', 'x.md', options);
    client.update('ab', 'x.md', options);
    client.update('abc', 'x.md', options);
    expect(worker.requests.map((request) => 'text' in request && request.text)).toEqual(['a']);
    worker.reply({ type: 'done', id: worker.requests[0]!.id });
    expect(worker.requests.map((request) => 'text' in request && request.text)).toEqual(['a', 'abc']);
  });

  it('never drops a download, runs it before waiting updates and resolves with the file', async () => {
    const worker = new ManualWorker();
    const client = new RenderClient(worker, () => {});
    client.update('a', 'x.md', options);
    const file = client.run({ type: 'download', text: 'a', name: 'x.md', kind: 'epub', options });
    client.update('ab', 'x.md', options);
    worker.reply({ type: 'done', id: 1 });
    expect(worker.requests[1]).toMatchObject({ type: 'download', kind: 'epub' });
    const bytes = new Uint8Array([1, 2]);
    worker.reply({ type: 'file', id: 2, bytes, fileName: 'x.epub', mime: 'application/epub+zip' });
    worker.reply({ type: 'done', id: 2 });
    await expect(file).resolves.toMatchObject({ type: 'file', fileName: 'x.epub', bytes });
    expect(worker.requests[2]).toMatchObject({ type: 'update', text: 'ab' });
  });

  it("rejects a task with the worker's message when it fails", async () => {
    const worker = new ManualWorker();
    const client = new RenderClient(worker, () => {});
    const file = client.run({ type: 'download', text: '', name: 'x.md', kind: 'pdf', options });
    worker.reply({ type: 'failed', id: 1, message: 'the article has problems' });
    worker.reply({ type: 'done', id: 1 });
    await expect(file).rejects.toThrow('the article has problems');
  });

  it('ignores answers to requests it is not waiting for', () => {
    const worker = new ManualWorker();
    const seen: WorkerResponse[] = [];
    const client = new RenderClient(worker, (message) => seen.push(message));
    client.update('a', 'x.md', options);
    worker.reply({ type: 'html', id: 99, html: '<p>' });
    expect(seen).toEqual([]);
  });
});
