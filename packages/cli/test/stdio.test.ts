import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

const examples = join(import.meta.dirname, '..', '..', '..', 'examples', 'summit-2025');

/** Run the CLI in-process with `stdin` as standard input; collect stdout's bytes and stderr. */
async function runPiped(argv: string[], stdin?: string, terminal = false) {
  let stdout = '';
  let stderr = '';
  const bytes: Uint8Array[] = [];
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: examples,
    stderrIsTerminal: terminal,
    ...(stdin !== undefined ? { readStdin: async () => new TextEncoder().encode(stdin) } : {}),
    writeStdout: async (data) => {
      bytes.push(typeof data === 'string' ? new TextEncoder().encode(data) : data);
    },
  });
  return { code, stdout, stderr, bytes: Buffer.concat(bytes) };
}

const markdown = readFileSync(join(examples, 'article.md'), 'utf8');

describe('- for standard input and output', () => {
  it('renders Markdown from standard input to a PDF on standard output', async () => {
    const result = await runPiped(['render', '-', '--from', 'md', '--pdf', '-'], markdown);
    expect(result.code).toBe(0);
    expect(result.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.stdout).toBe('');
  });

  it('writes HTML to standard output and names the other files on stderr', async () => {
    const result = await runPiped(['render', 'article.json', '--html', '-']);
    expect(result.code).toBe(0);
    expect(result.bytes.toString()).toContain('<!DOCTYPE html>');
  });

  it('needs --from for standard input, and a known format', async () => {
    const missing = await runPiped(['validate', '-'], markdown);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('needs --from json, md, txt or html');
    const wrong = await runPiped(['validate', '-', '--from', 'docx'], markdown);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--from docx: use json, md, txt or html');
  });

  it('refuses two outputs on standard output', async () => {
    const result = await runPiped(['render', 'article.json', '--pdf', '-', '--html', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('both write to standard output');
  });

  it('names standard input <stdin> in problems', async () => {
    const result = await runPiped(['validate', '-', '--from', 'json'], '{"schemaVersion": 1}');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^<stdin>: /m);
  });

  it('imports scraped text from standard input', async () => {
    const result = await runPiped(['import', '-', '--from', 'md', '--to', 'json'], markdown);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).meta.title).toContain('日米首脳会談');
  });
});

describe('validate --json', () => {
  it('lists every problem of every file, schema and references together', async () => {
    const bad = JSON.stringify({
      schemaVersion: 1,
      type: 'article',
      meta: { title: 'T', language: 'ja', published: 'yesterday' },
      children: [{ type: 'quote', sourceId: 'nowhere', children: [] }],
      sources: [],
    });
    const result = await runPiped(['validate', 'article.json', '-', '--from', 'json', '--json'], bad);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      file: string;
      valid: boolean;
      problems: { path: string }[];
    }[];
    expect(report.map((entry) => [entry.file, entry.valid])).toEqual([
      ['article.json', true],
      ['-', false],
    ]);
    const paths = report[1]!.problems.map((problem) => problem.path);
    expect(paths).toContain('meta.published');
    expect(paths).toContain('children[0].sourceId');
  });
});

describe('progress and --quiet', () => {
  it('shows each format on a terminal, and nothing with --quiet', async () => {
    const shown = await runPiped(['render', 'article.json', '--html', '-'], undefined, true);
    expect(shown.stderr).toMatch(/^kiji: rendering HTML… \d+\.\d s\n$/);
    const quiet = await runPiped(['render', 'article.json', '--html', '-', '--quiet'], undefined, true);
    expect(quiet.stderr).toBe('');
    const piped = await runPiped(['render', 'article.json', '--html', '-']);
    expect(piped.stderr).toBe('');
  });
});
