import { ProblemError } from './problem.js';

/** Settings of the gate in front of the render pool. */
export interface RenderGateOptions {
  /** Renders running at once: the pool's worker threads. */
  workers: number;
  /** Renders allowed to wait for a worker; one more is answered 503 at once. */
  maxQueue: number;
  /** A render (waiting included) that takes longer is ended: its worker is replaced. */
  timeoutMs: number;
}

/** Bounds how much render work the service holds: a fixed number waiting, each for a fixed time. */
export interface RenderGate {
  /**
   * Run `render` with a signal that aborts after the time limit, or throw a `busy` problem (503,
   * with Retry-After) when `workers + maxQueue` renders are already held. A render that runs out
   * of time is a `render-timeout` problem.
   */
  run<T>(render: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Renders held now (running and waiting). */
  readonly held: number;
  /** Renders ended for taking too long, since the start. */
  readonly timeouts: number;
  /** Resolves when no render is held (for a graceful shutdown). */
  idle(): Promise<void>;
}

export function createRenderGate(options: RenderGateOptions): RenderGate {
  const capacity = options.workers + options.maxQueue;
  let held = 0;
  let timeouts = 0;
  // A moving average of render times, for a Retry-After that means something.
  let averageMs = 1000;
  let waiters: (() => void)[] = [];
  return {
    get held() {
      return held;
    },
    get timeouts() {
      return timeouts;
    },
    idle: () => (held === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    async run(render) {
      if (held >= capacity) {
        const waves = Math.ceil((held + 1) / options.workers);
        const retryAfter = Math.min(60, Math.max(1, Math.ceil((waves * averageMs) / 1000)));
        throw new ProblemError(
          'busy',
          `${held} renders are running or waiting, as many as this service holds: try again in ${retryAfter} s`,
          { retryAfter },
        );
      }
      held++;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), options.timeoutMs);
      const started = performance.now();
      try {
        const result = await render(controller.signal);
        averageMs = averageMs * 0.8 + (performance.now() - started) * 0.2;
        return result;
      } catch (error) {
        if (!controller.signal.aborted) throw error;
        timeouts++;
        throw new ProblemError(
          'render-timeout',
          `the render was ended after ${formatSeconds(options.timeoutMs)}: split the article, or raise the limit (kiji serve --render-timeout)`,
        );
      } finally {
        clearTimeout(timer);
        held--;
        if (held === 0) {
          const done = waiters;
          waiters = [];
          for (const resolve of done) resolve();
        }
      }
    },
  };
}

const formatSeconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`);
