import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const flagship = join(root, 'examples/summit-2025/article.json');
let dir: string;

function writeBroken(
  name: string, // biome-ignore lint/suspicious/noExplicitAny: tests break the article in arbitrary ways
  change: (article: any) => void,
): string {
  const article = JSON.parse(readFileSync(flagship, 'utf8'));
  change(article);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(article, null, 2));
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiji-validate-'));
});

describe('kiji validate', () => {
  test('the flagship is valid', async () => {
    const result = await runCli(['validate', 'examples/summit-2025/article.json'], root);
    expect(result).toEqual({ code: 0, stdout: 'examples/summit-2025/article.json: valid\n', stderr: '' });
  });

  test('a wrong node type is named by path', async () => {
    const file = writeBroken('wrong-type.json', (a) => {
      a.children[1].children[0].type = 'paragraf';
    });
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      `${file}: children[1].children[0].type: node type "paragraf" is not allowed here`,
    );
  });

  test('a missing title', async () => {
    const file = writeBroken('no-title.json', (a) => {
      delete a.meta.title;
    });
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${file}: meta.title: required: expected string\n`);
  });

  test('a dangling source id', async () => {
    const file = writeBroken('dangling.json', (a) => {
      a.children[1].children[2].sourceId = 'mainichi-2';
    });
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(`${file}: children[1].children[2].sourceId: unknown source "mainichi-2"`);
  });

  test('a duplicate id', async () => {
    const file = writeBroken('duplicate.json', (a) => {
      a.children[2].id = 'sec-1';
    });
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(`${file}: children[2].id: duplicate id "sec-1"`);
  });

  test('invalid JSON is located by line and column', async () => {
    const file = join(dir, 'invalid.json');
    writeFileSync(file, '{\n  "type": "article",\n  "meta": {,\n}\n');
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${file}:3:12: invalid JSON: value expected\n`);
  });

  test('several files: every problem of every file is listed', async () => {
    const a = writeBroken('multi-a.json', (x) => {
      delete x.meta.title;
    });
    const b = writeBroken('multi-b.json', (x) => {
      x.meta.language = 'Japanese';
    });
    const result = await runCli(['validate', a, flagship, b]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
    expect(result.stdout).toBe(`${flagship}: valid\n`);
  });

  test('a missing file is bad input, not a crash', async () => {
    const result = await runCli(['validate', join(dir, 'nope.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nope\.json: no such file or directory/);
  });

  test('usage errors exit 2', async () => {
    expect((await runCli(['validate'])).code).toBe(2);
    expect((await runCli(['validate', '--frobnicate', 'a.json'])).code).toBe(2);
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });
});

describe('kiji', () => {
  test('--help lists the commands; each command has help', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/validate/);
    const validateHelp = await runCli(['validate', '--help']);
    expect(validateHelp.code).toBe(0);
    expect(validateHelp.stdout).toMatch(/^Usage: kiji validate/);
  });

  test('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  test('schema prints the committed JSON Schema', async () => {
    const result = await runCli(['schema']);
    const committed = JSON.parse(
      readFileSync(join(root, 'packages/core/schema/article.schema.json'), 'utf8'),
    );
    expect(JSON.parse(result.stdout)).toEqual(committed);
  });

  test('the built binary prints problems without a stack trace', () => {
    const bin = join(root, 'packages/cli/dist/bin.js');
    const file = writeBroken('bin.json', (a) => {
      a.children[0].type = 'nope';
    });
    const result = spawnSync(process.execPath, [bin, 'validate', file], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/children\[0\]\.type: node type "nope"/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toMatch(
      /^\d+\.\d+\.\d+/,
    );
  });
});
