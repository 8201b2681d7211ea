// What a real `kiji` process loads: a command reads its article with that format's importer only
// (the Markdown, text and HTML importers together are about 400 modules and 300 ms of a start).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const logModules = fileURLToPath(new URL('./support/log-modules.mjs', import.meta.url));
const logRequired = fileURLToPath(new URL('./support/log-required.mjs', import.meta.url));
const SLOW = { timeout: 120_000 };

const IMPORTERS = {
  markdown: /\/(markdown|micromark[^/]*|mdast-util-[^/]*)\/(dist|lib|index)/,
  text: /\/import-text\/dist\//,
  html: /\/(import-html\/dist|linkedom)\//,
};

/** The module URLs `kiji args…` loaded, run in a folder holding `files`. */
function loadedModules(files: Record<string, string>, args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'kiji-startup-'));
  for (const [name, source] of Object.entries(files)) copyFileSync(source, join(dir, name));
  const log = join(dir, 'modules.log');
  writeFileSync(log, '');
  execFileSync(process.execPath, ['--import', logModules, bin, ...args], {
    cwd: dir,
    env: { ...process.env, INIT_CWD: dir, KIJI_TEST_MODULE_LOG: log },
    stdio: 'ignore',
  });
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const loadedImporters = (modules: string[]) =>
  Object.entries(IMPORTERS)
    .filter(([, pattern]) => modules.some((url) => pattern.test(url)))
    .map(([name]) => name);

describe('a command loads only the importer its article needs', () => {
  test('a JSON article rendered to PDF: none', SLOW, () => {
    const modules = loadedModules({ 'a.json': join(corpusDir, '001-minimal.json') }, [
      'render',
      'a.json',
      '--pdf',
      'a.pdf',
    ]);
    expect(modules.some((url) => url.includes('/pdf/dist/'))).toBe(true);
    expect(loadedImporters(modules)).toEqual([]);
  });

  test('a Markdown article validated: the Markdown reader', SLOW, () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiji-startup-md-'));
    const file = join(dir, 'a.md');
    writeFileSync(file, '---\ntitle: 見出し\nlanguage: ja\npublished: 2025-10-28\n---\n\n本文。\n');
    const modules = loadedModules({ 'a.md': file }, ['validate', 'a.md']);
    expect(loadedImporters(modules)).toEqual(['markdown']);
  });
});

describe('a batch renders in its workers only', () => {
  /** The CommonJS files the main thread of `kiji args…` loaded, without a code cache. */
  function requiredByMainThread(args: string[]): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'kiji-startup-batch-'));
    copyFileSync(join(corpusDir, '001-minimal.json'), join(dir, 'a.json'));
    copyFileSync(join(corpusDir, '002-sourced-quote.json'), join(dir, 'b.json'));
    const log = join(dir, 'required.log');
    writeFileSync(log, '');
    execFileSync(process.execPath, ['--import', logRequired, bin, ...args], {
      cwd: dir,
      env: { ...process.env, INIT_CWD: dir, KIJI_TEST_REQUIRE_LOG: log, KIJI_CACHE_DIR: '' },
      stdio: 'ignore',
    });
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  }
  const pdfBundle = (files: string[]) => files.some((file) => /\/pdf\/dist\/index\.cjs$/.test(file));

  test('the main thread of kiji render … --out-dir never loads @kiji/pdf', SLOW, () => {
    // The check can see it: a single render loads it in the main thread.
    expect(pdfBundle(requiredByMainThread(['render', 'a.json', '--pdf', 'a.pdf']))).toBe(true);
    const batch = requiredByMainThread(['render', 'a.json', 'b.json', '--out-dir', 'out', '--jobs', '2']);
    expect(batch.length).toBeGreaterThan(0);
    expect(pdfBundle(batch)).toBe(false);
  });
});
