import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What epubcheck said about one file. */
export interface EpubCheckResult {
  fatals: number;
  errors: number;
  warnings: number;
  /** Message lines (for the failure output). */
  messages: string[];
}

const JAR = '/usr/share/java/epubcheck.jar';
const BATCH = fileURLToPath(new URL('./EpubCheckBatch.java', import.meta.url));

/** True when epubcheck and Java are installed; in CI a missing tool is a failure, not a skip. */
export function hasEpubcheck(): boolean {
  const found = existsSync(JAR) && existsSync('/usr/bin/java');
  if (!found && process.env.CI === 'true') {
    throw new Error(`epubcheck is required in CI: install Debian's epubcheck package (${JAR})`);
  }
  return found;
}

/**
 * epubcheck every file, in `parallel` JVMs each checking a share of the files (a JVM start costs
 * seconds, so one per file would be slow).
 */
export async function epubcheck(files: string[], parallel = 2): Promise<Map<string, EpubCheckResult>> {
  const shares = Array.from({ length: parallel }, (_, index) =>
    files.filter((_, n) => n % parallel === index),
  );
  const outputs = await Promise.all(shares.filter((share) => share.length > 0).map(runBatch));
  const results = new Map<string, EpubCheckResult>();
  for (const output of outputs) {
    let current: { file: string; messages: string[] } | undefined;
    for (const line of output.split('\n')) {
      if (line.startsWith('FILE ')) current = { file: line.slice(5), messages: [] };
      else if (line.startsWith('RESULT ') && current) {
        const [fatals = NaN, errors = NaN, warnings = NaN] = line.slice(7).split(' ').map(Number);
        results.set(current.file, { fatals, errors, warnings, messages: current.messages });
        current = undefined;
      } else if (current && /^(FATAL|ERROR|WARNING)/.test(line) && !line.endsWith(`: ${current.file}`)) {
        current.messages.push(line);
      }
    }
  }
  return results;
}

function runBatch(files: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-Xss8m', '-cp', JAR, BATCH, ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`epubcheck failed: ${error.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}
