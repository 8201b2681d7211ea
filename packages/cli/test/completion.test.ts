import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** What bash completes for the words typed so far, with the script kiji prints. */
function bashComplete(script: string, words: string[]): string[] {
  const program = `${script}
COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')})
COMP_CWORD=${words.length - 1}
_kiji
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['-c', program], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean);
}

describe('kiji completion', () => {
  it('bash completes commands and each command’s options', async () => {
    const { code, stdout } = await runCli(['completion', 'bash']);
    expect(code).toBe(0);
    expect(bashComplete(stdout, ['kiji', 're'])).toEqual(['render']);
    expect(bashComplete(stdout, ['kiji', 'render', '--p'])).toEqual(
      expect.arrayContaining(['--pdf', '--page-size']),
    );
    expect(bashComplete(stdout, ['kiji', 'validate', '--j'])).toEqual(['--json']);
  });

  it('zsh and fish scripts name every command', async () => {
    for (const shell of ['zsh', 'fish']) {
      const { code, stdout } = await runCli(['completion', shell]);
      expect(code).toBe(0);
      for (const name of ['validate', 'lint', 'render', 'edition', 'import', 'schema'])
        expect(stdout).toContain(name);
    }
    expect((await runCli(['completion', 'zsh'])).stdout).toContain('bashcompinit');
  });

  it('refuses an unknown shell', async () => {
    const result = await runCli(['completion', 'powershell']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('name a shell: bash, zsh, fish');
  });

  it('every --help ends with examples', async () => {
    const { stdout } = await runCli(['--help']);
    const names = [...stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const help = await runCli([name, '--help']);
      expect(help.stdout, name).toMatch(/\nExamples?:\n/);
    }
  });
});
