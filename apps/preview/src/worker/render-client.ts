import type { Task, TaskResult, ViewOptions, WorkerRequest, WorkerResponse } from './protocol.js';

type Job =
  | { kind: 'update'; task: Task }
  | { kind: 'task'; task: Task; resolve: (result: TaskResult) => void; reject: (error: Error) => void };

/** The part of `Worker` the client uses: tests pass a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  terminate(): void;
}

/**
 * Talks to the render worker one request at a time. While one runs, only the newest update
 * waits (older ones would be thrown away anyway), so fast typing never queues up renders;
 * downloads and imports wait their turn and are never dropped.
 */
export class RenderClient {
  private nextId = 1;
  private running: { id: number; job: Job; result?: TaskResult; failure?: string } | undefined;
  private pendingUpdate: Job | undefined;
  private readonly tasks: Job[] = [];

  constructor(
    private readonly worker: WorkerLike,
    private readonly onMessage: (message: WorkerResponse) => void,
  ) {
    worker.addEventListener('message', (event) => this.receive(event.data));
  }

  /** Check and render `text` for the preview (replaces any update not yet started). */
  update(text: string, name: string, options: ViewOptions): void {
    this.pendingUpdate = { kind: 'update', task: { type: 'update', text, name, options } };
    this.pump();
  }

  /** Run a download or an import; resolves with what the worker made. */
  run(task: Exclude<Task, { type: 'update' }>): Promise<TaskResult> {
    return new Promise((resolve, reject) => {
      this.tasks.push({ kind: 'task', task, resolve, reject });
      this.pump();
    });
  }

  dispose(): void {
    this.worker.terminate();
  }

  private pump(): void {
    if (this.running) return;
    const job = this.tasks.shift() ?? this.pendingUpdate;
    if (!job) return;
    if (job === this.pendingUpdate) this.pendingUpdate = undefined;
    const id = this.nextId++;
    this.running = { id, job };
    this.worker.postMessage({ ...job.task, id } as WorkerRequest);
  }

  private receive(message: WorkerResponse): void {
    const running = this.running;
    if (!running || message.id !== running.id) return;
    if (message.type === 'file' || message.type === 'imported') running.result = message;
    if (message.type === 'failed') running.failure = message.message;
    this.onMessage(message);
    if (message.type !== 'done') return;
    this.running = undefined;
    const { job } = running;
    if (job.kind === 'task') {
      if (running.result) job.resolve(running.result);
      else job.reject(new Error(running.failure ?? 'the worker gave no result'));
    }
    this.pump();
  }
}
