import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { article, p, quote, source } from '@kiji/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seed = join(root, '../shared/seeds/summit-2025.txt');
let dir: string;

const mainichi = source({
  id: 'mainichi',
  outlet: '毎日新聞',
  url: 'https://mainichi.jp/articles/20251028/k00/00m/010/000000c',
  kind: 'article',
});

/** An article with one error (an unclosed 「) and one warning (a long paragraph). */
const flawed = article({
  meta: { title: '日米首脳会談', language: 'ja', published: '2025-10-28' },
  children: [p('首相は「同盟を強化する、と述べた。'), p('あ'.repeat(320))],
});

function write(name: string, data: unknown): string {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, typeof data === 'string' ? data : `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiji-lint-'));
  write('flawed/article.json', flawed);
});

describe('kiji lint', () => {
  test('the flagship has no errors: its truncated quote is reported for a check', async () => {
    const result = await runCli(['lint', 'examples/summit-2025/article.json'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /^examples\/summit-2025\/article\.json:\d+:\d+ info truncated-quote quote from "mainichi-summit" is cut off in its source \("…防衛費の増額に関しては「日本とし"\)/m,
    );
    expect(result.stdout).toMatch(/\n0 errors, \d+ warnings?, 1 info in 1 file\n$/);
  });

  test('prints file:line:col severity rule message and exits 1 on an error', async () => {
    const result = await runCli(['lint', 'flawed/article.json'], dir);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /^flawed\/article\.json:\d+:\d+ error unbalanced-brackets "「" is never closed: add "」" where the bracketed text ends$/,
      ),
      expect.stringMatching(
        /^flawed\/article\.json:\d+:\d+ warning long-paragraph paragraph has 320 characters \(limit 300\)/,
      ),
      '1 error, 1 warning, 0 info in 1 file',
    ]);
    // The line and column point at the bracket in the file.
    const [, line, column] = /:(\d+):(\d+) /.exec(lines[0]!)!;
    const text = readFileSync(join(dir, 'flawed/article.json'), 'utf8').split('\n')[Number(line) - 1]!;
    expect(text[Number(column) - 1]).toBe('「');
  });

  test('--rule switches rules off or changes their severity for one run', async () => {
    const off = await runCli(['lint', 'flawed/article.json', '--rule', 'unbalanced-brackets=off'], dir);
    expect(off.code).toBe(0);
    expect(off.stdout).toMatch(/\n0 errors, 1 warning, 0 info in 1 file\n$/);
    const stricter = await runCli(
      ['lint', 'flawed/article.json', '--rule', 'unbalanced-brackets=off', '--rule', 'long-paragraph=error'],
      dir,
    );
    expect(stricter.code).toBe(1);
    expect(stricter.stdout).toContain(' error long-paragraph ');
  });

  test('reads kiji.config.json next to the article', async () => {
    const file = write('configured/article.json', flawed);
    write('configured/kiji.config.json', {
      // kiji render's settings share the file.
      render: { pageSize: 'A5' },
      lint: {
        rules: { 'unbalanced-brackets': 'warning', 'long-paragraph': ['warning', { maxCharacters: 400 }] },
      },
    });
    const result = await runCli(['lint', file], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(' warning unbalanced-brackets ');
    expect(result.stdout).not.toContain('long-paragraph');
    // A flag's bare level keeps the file's options.
    const flagged = await runCli(['lint', file, '--rule', 'long-paragraph=error'], dir);
    expect(flagged.stdout).not.toContain('long-paragraph');
  });

  test('reads .kijirc.json from the working directory, and --config FILE instead', async () => {
    const cwd = join(dir, 'rc');
    write('rc/.kijirc.json', { lint: { rules: { 'unbalanced-brackets': 'off' } } });
    const rc = await runCli(['lint', join(dir, 'flawed/article.json')], cwd);
    expect(rc.code).toBe(0);
    write('strict.json', { lint: { rules: { 'long-paragraph': 'error', 'unbalanced-brackets': 'off' } } });
    const explicit = await runCli(['lint', 'flawed/article.json', '--config', 'strict.json'], dir);
    expect(explicit.code).toBe(1);
    expect(explicit.stdout).toContain(' error long-paragraph ');
    expect(explicit.stdout).not.toContain('unbalanced-brackets');
  });

  test('a bad config file is exit 1 with the file and the place named', async () => {
    write('bad-config.json', { lint: { rules: { 'long-paragrap': 'off', 'unused-source': 'loud' } } });
    const result = await runCli(['lint', 'flawed/article.json', '--config', 'bad-config.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'bad-config.json: lint.rules.long-paragrap: unknown rule "long-paragrap": did you mean "long-paragraph"?\n' +
        'bad-config.json: lint.rules.unused-source: "loud" is not a rule level: use one of off, info, warning, error\n',
    );
    write('broken-config.json', '{ "lint": { "rules": { } }');
    const broken = await runCli(['lint', 'flawed/article.json', '--config', 'broken-config.json'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^broken-config\.json:1:\d+: invalid JSON/);
  });

  test('bad flags are usage errors (exit 2)', async () => {
    const unknown = await runCli(['lint', 'flawed/article.json', '--rule', 'long-paragrap=off'], dir);
    expect(unknown).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'kiji lint: --rule "long-paragrap=off": unknown rule "long-paragrap": did you mean "long-paragraph"? (kiji lint --help)\n',
    });
    const level = await runCli(['lint', 'flawed/article.json', '--rule', 'long-paragraph=loud'], dir);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain('"loud" is not a level: use one of off, info, warning, error');
    const shape = await runCli(['lint', 'flawed/article.json', '--rule', 'long-paragraph'], dir);
    expect(shape.stderr).toContain('expected RULE=LEVEL, e.g. --rule long-paragraph=off');
    expect((await runCli(['lint', 'flawed/article.json', '--config', 'nowhere.json'], dir)).code).toBe(2);
    expect((await runCli(['lint'], dir)).code).toBe(2);
  });

  test('lints several files, reporting an unreadable one and carrying on', async () => {
    write(
      'clean.json',
      article({
        meta: { title: 't', language: 'ja', published: '2025-10-28' },
        children: [p('両首脳は合意した。'), quote({ source: 'mainichi' }, '抑止力を強化する。')],
        sources: [mainichi],
      }),
    );
    write('invalid.json', '{ "type": "article" }');
    const result = await runCli(
      ['lint', 'clean.json', 'invalid.json', 'missing.json', 'flawed/article.json'],
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^invalid\.json: /m);
    expect(result.stderr).toMatch(/^missing\.json: no such file or directory: check the path$/m);
    expect(result.stdout).toMatch(/\n1 error, 1 warning, 0 info in 4 files, 2 files not read\n$/);
    const clean = await runCli(['lint', 'clean.json'], dir);
    expect(clean).toEqual({ code: 0, stdout: '0 errors, 0 warnings, 0 info in 1 file\n', stderr: '' });
  });

  test('--json prints the structured findings', async () => {
    const result = await runCli(['lint', 'flawed/article.json', '--json'], dir);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout);
    expect(parsed).toEqual([
      {
        file: 'flawed/article.json',
        findings: [
          expect.objectContaining({
            rule: 'unbalanced-brackets',
            severity: 'error',
            path: 'children[0].children[0]',
            offset: 3,
          }),
          expect.objectContaining({ rule: 'long-paragraph', severity: 'warning', path: 'children[1]' }),
        ],
      },
    ]);
  });

  test('--list-rules lists every rule with its default severity', async () => {
    const result = await runCli(['lint', '--list-rules'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^unbalanced-brackets +error +Brackets/m);
    expect(result.stdout).toMatch(/^truncated-quote +info +/m);
  });

  // The seed lives outside the repository; CI must have it, a local checkout may not.
  test.runIf(existsSync(seed) || process.env.CI === 'true')(
    'flags the cut-off quote of the seed text',
    async () => {
      expect(existsSync(seed), `missing ${seed}`).toBe(true);
      const result = await runCli(['lint', seed], dir);
      expect(result.code).toBe(0);
      const line = result.stdout.split('\n').find((candidate) => candidate.includes('「日本とし'));
      expect(line).toMatch(
        /^.*summit-2025\.txt:(\d+):(\d+) info truncated-quote quote from "[^"]+" is cut off in its source/,
      );
      // The place is the last character of the cut-off quote in the seed file.
      const [, row, column] = /:(\d+):(\d+) /.exec(line!)!;
      const text = readFileSync(seed, 'utf8').split('\n')[Number(row) - 1]!;
      expect(text.slice(0, Number(column))).toMatch(/日本とし$/);
      // The importer's notes about dropped page furniture go to stderr.
      expect(result.stderr).toContain('タイトルとURLをコピーしました');
    },
  );

  test('places findings in Markdown by line and column', async () => {
    const file = write(
      'article.md',
      '---\ntitle: 日米首脳会談\nlanguage: ja\npublished: 2025-10-28\n---\n\n首相は「同盟を強化する、と述べた。\n',
    );
    const result = await runCli(['lint', file], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${file}:7:4 error unbalanced-brackets "「" is never closed`);
  });

  test('the built binary prints findings without a stack trace', () => {
    const bin = join(root, 'packages/cli/dist/bin.js');
    const result = spawnSync(process.execPath, [bin, 'lint', join(dir, 'flawed/article.json')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(' error unbalanced-brackets ');
    expect(result.stderr).toBe('');
  });
});
