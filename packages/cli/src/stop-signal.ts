/** How a long-running command (kiji serve, kiji worker) stops when asked by a signal. */
let graceful: ((signal: NodeJS.Signals) => void) | undefined;

/**
 * Resolves on the first SIGTERM, SIGINT or SIGHUP, which the command then answers by finishing
 * its work; any later signal ends the process at once (bin.ts). Other commands register nothing
 * and die of the signal after removing their temporary outputs.
 */
export function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    graceful = resolve;
  });
}

/** Called by the signal handler: true when a command took the signal to stop gracefully. */
export function stopGracefully(signal: NodeJS.Signals): boolean {
  const handler = graceful;
  graceful = undefined;
  handler?.(signal);
  return handler !== undefined;
}
