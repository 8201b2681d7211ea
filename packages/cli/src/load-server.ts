import { UsageError } from './io.js';

/**
 * `@kiji/server`, loaded only by `kiji serve` and `kiji worker`: the other commands never pay for
 * Fastify and BullMQ. It is an optional peer of the command line, so a missing one is explained.
 */
export async function loadServer(): Promise<typeof import('@kiji/server')> {
  try {
    return await import('@kiji/server');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes('@kiji/server'))
      throw new UsageError(
        'this command needs @kiji/server, which is not installed: install it beside @kiji/cli (npm install @kiji/server)',
      );
    throw error;
  }
}
