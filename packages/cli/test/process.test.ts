// The real `kiji` process: stopped by a signal between writing and renaming its outputs, and
// fed an endless standard input.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, openSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const holdRename = fileURLToPath(new URL('./support/hold-rename.mjs', import.meta.url));
const SLOW = { timeout: 60_000 };

describe('a render stopped by a signal leaves no temporary file', () => {
  test.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('%s', SLOW, async (signal) => {
    const dir = mkdtempSync(join(tmpdir(), 'kiji-signal-'));
    copyFileSync(join(corpusDir, '001-minimal.json'), join(dir, 'a.json'));
    // The preload holds the process at its first rename: both outputs are written as .tmp files.
    const child = spawn(
      process.execPath,
      ['--import', holdRename, bin, 'render', 'a.json', '--html', 'a.html', '--epub', 'a.epub'],
      // The command resolves paths against INIT_CWD when a package manager set it.
      { cwd: dir, env: { ...process.env, INIT_CWD: dir }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('kiji-test: renaming')) resolve();
      });
      child.on('exit', () => reject(new Error(`kiji ended before renaming: ${stderr}`)));
    });
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toHaveLength(2);
    const ended = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, how) => resolve(how)),
    );
    child.kill(signal);
    expect(await ended).toBe(signal);
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
});

test('standard input is read no further than the input limit', SLOW, async () => {
  // /dev/zero never ends: reading it whole would fill the memory.
  const child = spawn(process.execPath, [bin, 'validate', '-', '--from', 'md', '--max-input', '64kB'], {
    stdio: [openSync('/dev/zero', 'r'), 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exit) => resolve(exit)));
  expect(code).toBe(1);
  expect(stderr).toBe(
    '<stdin>: the input is larger than the 64 kB Kiji reads: split the article, or raise the limit with --max-input (e.g. --max-input 20MB)\n',
  );
});
