// Work is counted, not timed: V8's precise coverage gives how often each function ran.
import { Session } from 'node:inspector/promises';
import { afterAll, beforeAll } from 'vitest';

/**
 * Start V8's call counting for the test file; the function returned gives how often each named
 * function of the scripts whose URL `matches` ran since its last call.
 */
export function countCalls(matches: (url: string) => boolean): () => Promise<Map<string, number>> {
  const session = new Session();
  beforeAll(async () => {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  });
  afterAll(async () => {
    await session.post('Profiler.stopPreciseCoverage');
    session.disconnect();
  });
  return async () => {
    const { result } = await session.post('Profiler.takePreciseCoverage');
    const calls = new Map<string, number>();
    for (const script of result) {
      if (!matches(script.url)) continue;
      for (const fn of script.functions) {
        if (!fn.functionName) continue;
        calls.set(fn.functionName, (calls.get(fn.functionName) ?? 0) + (fn.ranges[0]?.count ?? 0));
      }
    }
    return calls;
  };
}
