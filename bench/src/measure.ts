import { spawnSync } from 'node:child_process';

/** One whole-process run: wall seconds, peak resident memory of the largest process, stdout. */
export interface Sample {
  seconds: number;
  peakMiB: number;
  stdout: string;
}

/** Run `command` once under GNU time; throws with its output when it fails. */
export function measure(command: string[], options: { allowFailure?: boolean } = {}): Sample {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', 'KIJI_PEAK_KB=%M', ...command], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = /KIJI_PEAK_KB=(\d+)/.exec(result.stderr ?? '');
  if ((result.status !== 0 && !options.allowFailure) || !peak) {
    throw new Error(`${command.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return { seconds, peakMiB: Number(peak[1]) / 1024, stdout: result.stdout };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
