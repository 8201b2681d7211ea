import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RenderResult, RenderTask } from './task.js';

export interface RenderPoolOptions {
  /** Worker threads (default: the number of CPUs). Each holds its own parsed fonts. */
  workers?: number;
}

/** Worker threads that render articles; reuse one pool for many tasks, close it when done. */
export interface RenderPool {
  /** Render one task on the next free worker. Never rejects for a bad article: see `ok`. */
  render(task: RenderTask): Promise<RenderResult>;
  /** Number of worker threads. */
  readonly workers: number;
  /** Stop the workers (after the tasks already queued). */
  close(): Promise<void>;
}

/** Start a pool of render workers (piscina). */
export function createRenderPool(options: RenderPoolOptions = {}): RenderPool {
  const workers = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  const piscina = new Piscina<RenderTask, RenderResult>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // Workers live as long as the pool: their parsed fonts are what makes the second article cheap.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return {
    workers,
    render: (task) => piscina.run(task),
    close: () => piscina.close(),
  };
}
