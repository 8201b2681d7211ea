import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPages } from '@kiji/fixtures';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

// Every saved page of the corpus goes through the command line as an editor would use it:
// imported to JSON, validated, linted without errors, rendered to PDF (read back with pdftotext)
// and to EPUB (checked by epubcheck). Tools missing fail under CI=true.

const EPUBCHECK = '/usr/share/java/epubcheck.jar';
const hasTools = (() => {
  const found =
    existsSync(EPUBCHECK) &&
    existsSync('/usr/bin/java') &&
    (() => {
      try {
        execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    })();
  if (!found && process.env.CI === 'true') {
    throw new Error(
      'pdftotext and epubcheck are needed: install poppler-utils and epubcheck (scripts/setup.sh)',
    );
  }
  return found;
})();

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiji-import-html-'));
});

const pages = loadPages();

describe('kiji import page.html', () => {
  test.each(pages.map((page) => [page.name, page] as const))(
    '%s imports, validates and lints',
    async (name, page) => {
      const output = join(dir, `${name}.json`);
      const result = await runCli(['import', page.file, '-o', output]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(`wrote ${output}\n`);
      // The report: what was dropped and where the metadata came from, one line each.
      expect(result.stderr).toMatch(
        new RegExp(`^${page.file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: warning: `, 'u'),
      );
      expect(result.stderr).toContain('warning: meta.title from ');
      const article = JSON.parse(readFileSync(output, 'utf8'));
      expect(article.type).toBe('article');
      expect((await runCli(['validate', output])).code).toBe(0);
      const lint = await runCli(['lint', output]);
      expect(lint.code, lint.stdout).toBe(0);
      expect(lint.stdout).toMatch(/^(.*\n)*0 errors, /u);
    },
  );

  test('Shift_JIS from standard input with --from html', async () => {
    const page = pages.find((candidate) => candidate.name.endsWith('sjis-ja'))!;
    let stdout = '';
    const { main } = await import('../src/main.js');
    const code = await main(['import', '-', '--from', 'html'], {
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => {},
      cwd: dir,
      readStdin: async () => page.bytes,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).meta.title).toBe('地方から見た日米首脳会談');
  });

  test('an encoding Kiji does not read: exit 1, the reason, nothing written', async () => {
    writeFileSync(join(dir, 'koi8.html'), '<meta charset="koi8-r"><h1>x</h1><p>text</p>');
    const result = await runCli(['import', 'koi8.html', '-o', 'koi8.json'], dir);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'koi8.html: the page declares charset "koi8-r", which Kiji does not read: save it as UTF-8 (Shift_JIS and EUC-JP are read too)\n',
    });
    expect(existsSync(join(dir, 'koi8.json'))).toBe(false);
  });

  test('--published wins over the page, as for scraped text', async () => {
    const page = pages.find((candidate) => candidate.name.endsWith('hostile'))!;
    const result = await runCli(['import', page.file, '--published', '2025-03-01']);
    expect(JSON.parse(result.stdout).meta.published).toBe('2025-03-01');
  });
});

// One JVM checks every EPUB (a JVM start costs seconds): the epub package's batch runner.
const EPUBCHECK_BATCH = fileURLToPath(
  new URL('../../epub/test/support/EpubCheckBatch.java', import.meta.url),
);

describe.runIf(hasTools || process.env.CI === 'true')('kiji render page.html', () => {
  test('every page renders to a PDF that prints its headline and no furniture, and an EPUB epubcheck passes', async () => {
    const epubs: string[] = [];
    for (const page of pages) {
      const pdf = join(dir, `${page.name}.pdf`);
      const epub = join(dir, `${page.name}.epub`);
      // Pages that give no full date import undated, and an EPUB must carry one: the build date.
      const saved = process.env.SOURCE_DATE_EPOCH;
      process.env.SOURCE_DATE_EPOCH = '1761609600';
      const result = await runCli(['render', page.file, '--pdf', pdf, '--epub', epub, '--quiet']).finally(
        () => {
          if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
          else process.env.SOURCE_DATE_EPOCH = saved;
        },
      );
      expect(result.code, result.stderr).toBe(0);
      epubs.push(epub);
      const imported = JSON.parse((await runCli(['import', page.file])).stdout);
      const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/gu, '');
      // The headline is set (broken over lines, so compared without white space); furniture never is.
      expect(printed, page.name).toContain(imported.meta.title.replace(/\s+/gu, ''));
      for (const furniture of [
        'アクセスランキング',
        'Advertisement',
        'スポンサーリンク',
        'Cookie',
        'Share this',
      ]) {
        expect(printed, page.name).not.toContain(furniture);
      }
    }
    const report = execFileSync('java', ['-cp', EPUBCHECK, EPUBCHECK_BATCH, ...epubs], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const results = report.split('\n').filter((line) => line.startsWith('RESULT '));
    expect(results).toHaveLength(pages.length);
    expect(report.split('\n').filter((line) => /^(FATAL|ERROR)/u.test(line))).toEqual([]);
    expect(
      results.every((line) => /^RESULT 0 0 /u.test(line)),
      report,
    ).toBe(true);
  });
});
