import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RenderEditionTask, RenderFormat, RenderResult, RenderTask, WorkerData } from './task.js';

export interface RenderPoolOptions {
  /** Worker threads (default: the number of CPUs). Each holds its own parsed fonts. */
  workers?: number;
  /**
   * Size of each worker's young generation in MB (default 96). A render allocates mostly
   * short-lived objects (layout nodes, shaped runs, content strings); a larger young generation
   * collects them in fewer scavenges and promotes fewer of them: a batch of 100 articles on 2
   * workers took 0.93 of the CPU time, for about 60 MB more peak memory. 0 leaves V8's default.
   */
  youngGenerationMb?: number;
  /**
   * Renderers each worker loads as it starts, while the caller prepares its first tasks (only
   * `'pdf'` takes long to load: react-pdf, fontkit, pdfkit). Otherwise each loads on first use.
   */
  preload?: RenderFormat[];
  /**
   * URL of a module each worker imports before any renderer, for what the program sets up in
   * every thread (the `kiji` command registers its compiled-code cache there). It may export
   * `afterTask()`, called after each render: the pool ends its threads with no 'exit' event.
   */
  setup?: string | URL;
}

/** Options of one render on the pool. */
export interface RunOptions {
  /**
   * Aborting it ends the render: a queued one leaves the queue; a running one has its worker
   * thread terminated and replaced by a new one (which parses the fonts again on its first PDF).
   * The promise then rejects with an `AbortError`.
   */
  signal?: AbortSignal;
}

/** What the pool is doing now, for a service's health and metrics. */
export interface RenderPoolStats {
  /** Tasks waiting for a free worker. */
  queued: number;
  /** Worker threads alive. */
  threads: number;
  /** Worker threads ended and replaced (an aborted render, a crashed thread) since the start. */
  restarts: number;
}

/** Worker threads that render articles; reuse one pool for many tasks, close it when done. */
export interface RenderPool {
  /** Render one task on the next free worker. Never rejects for a bad article: see `ok`. */
  render(task: RenderTask, options?: RunOptions): Promise<RenderResult>;
  /** Render an edition (PDF pack, EPUB) on the next free worker. */
  renderEdition(task: RenderEditionTask, options?: RunOptions): Promise<RenderResult>;
  /** Number of worker threads. */
  readonly workers: number;
  /** Queue length, live threads and restarts. */
  stats(): RenderPoolStats;
  /** Stop the workers (after the tasks already queued). */
  close(): Promise<void>;
}

/** Each worker's young generation (`RenderPoolOptions.youngGenerationMb`). */
const DEFAULT_YOUNG_GENERATION_MB = 96;

/** Start a pool of render workers (piscina). */
export function createRenderPool(options: RenderPoolOptions = {}): RenderPool {
  const workers = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  const young = options.youngGenerationMb ?? DEFAULT_YOUNG_GENERATION_MB;
  const workerData: WorkerData = {
    ...(options.setup ? { setup: String(options.setup) } : {}),
    ...(options.preload ? { preload: options.preload } : {}),
  };
  const piscina = new Piscina<RenderTask | RenderEditionTask, RenderResult>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // Workers live as long as the pool: their parsed fonts are what makes the second article cheap.
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData,
    ...(young > 0 ? { resourceLimits: { maxYoungGenerationSizeMb: young } } : {}),
  });
  let closing = false;
  let restarts = 0;
  piscina.on('workerDestroy', () => {
    if (!closing) restarts++;
  });
  const run = (task: RenderTask | RenderEditionTask, name: string, runOptions: RunOptions = {}) =>
    piscina.run(task, { name, ...(runOptions.signal ? { signal: runOptions.signal } : {}) });
  return {
    workers,
    render: (task, runOptions) => run(task, 'default', runOptions),
    renderEdition: (task, runOptions) => run(task, 'renderEdition', runOptions),
    stats: () => ({ queued: piscina.queueSize, threads: piscina.threads.length, restarts }),
    close: () => {
      closing = true;
      return piscina.close();
    },
  };
}
