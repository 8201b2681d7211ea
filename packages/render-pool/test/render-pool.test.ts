import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Article, parseArticle } from '@kiji/core';
import { corpusDir } from '@kiji/fixtures';
import { afterAll, describe, expect, test } from 'vitest';
// The pool starts worker threads on the built worker file, so it is tested from the build.
import { createRenderPool } from '../dist/index.js';
import { renderEditionTask, renderTask } from '../src/index.js';

const read = (file: string): Article => parseArticle(JSON.parse(readFileSync(file, 'utf8')), file);
const minimal = join(corpusDir, '001-minimal.json');
const flagship = fileURLToPath(new URL('../../../examples/summit-2025/article.json', import.meta.url));

describe('renderTask', () => {
  test('renders every format asked for', async () => {
    const article = read(minimal);
    const result = await renderTask({
      article,
      baseDir: dirname(minimal),
      pdf: {},
      epub: {},
      html: { outputDir: '/elsewhere' },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(Buffer.from(result.pdf!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(result.epub!).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(result.html).toContain('<html');
    // The page carries its fonts unless the task says otherwise.
    expect(result.html).toContain('src: url("data:font/woff;base64,');
    const plain = await renderTask({ article, html: { embedFonts: false } });
    if (!plain.ok) throw new Error(JSON.stringify(plain.problems));
    expect(plain.html).toContain('<html');
    expect(plain.html).not.toContain('@font-face');
  });

  test('a failing render comes back as problems, not as an exception', async () => {
    const article = read(minimal);
    const result = await renderTask({ article, baseDir: '.', pdf: { pageSize: 'B7' as never } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain('unknown page size "B7"');
  });
});

describe('createRenderPool', () => {
  const pool = createRenderPool({ workers: 2 });
  afterAll(() => pool.close());

  test('renders on worker threads, the same bytes as in this thread', async () => {
    const article = read(flagship);
    const task = { article, baseDir: dirname(flagship), pdf: {} };
    const [first, second, here] = await Promise.all([pool.render(task), pool.render(task), renderTask(task)]);
    expect(pool.workers).toBe(2);
    if (!first.ok || !second.ok || !here.ok) throw new Error('a render failed');
    expect(Buffer.from(first.pdf!).equals(Buffer.from(here.pdf!))).toBe(true);
    expect(Buffer.from(second.pdf!).equals(Buffer.from(here.pdf!))).toBe(true);
  });

  test('one bad task does not stop the others', async () => {
    const article = read(minimal);
    const results = await Promise.all([
      pool.render({ article, baseDir: '.', pdf: { pageSize: 'B7' as never } }),
      pool.render({ article, baseDir: dirname(minimal), html: {} }),
    ]);
    expect(results.map((result) => result.ok)).toEqual([false, true]);
  });
});

describe('worker setup', () => {
  test('each worker imports the setup module before the renderers, and calls afterTask after each render', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'kiji-pool-setup-')), 'setup.log');
    writeFileSync(log, '');
    process.env.KIJI_TEST_SETUP_LOG = log;
    const pool = createRenderPool({
      workers: 2,
      preload: ['pdf'],
      setup: new URL('./support/setup-probe.mjs', import.meta.url),
    });
    try {
      const article = read(minimal);
      const results = await Promise.all(
        [1, 2, 3].map(() => pool.render({ article, baseDir: dirname(minimal), pdf: {} })),
      );
      expect(results.map((result) => result.ok)).toEqual([true, true, true]);
      const here = await renderTask({ article, baseDir: dirname(minimal), pdf: {} });
      // The bytes came back whole (moved, not copied, from the worker).
      for (const result of results) {
        if (!result.ok || !here.ok) throw new Error('a render failed');
        expect(result.pdf).toBeInstanceOf(Uint8Array);
        expect(Buffer.from(result.pdf!).equals(Buffer.from(here.pdf!))).toBe(true);
      }
    } finally {
      await pool.close();
      delete process.env.KIJI_TEST_SETUP_LOG;
    }
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    // Both workers loaded @kiji/pdf through the setup's hook as they started (preload), once each.
    const loads = lines.filter((line) => / loaded .*\/pdf\/dist\/index\.cjs$/.test(line));
    expect(new Set(loads.map((line) => line.split(' ')[0])).size).toBe(2);
    expect(loads).toHaveLength(2);
    expect(lines.filter((line) => line.endsWith(' afterTask'))).toHaveLength(3);
  });
});

describe('without baseDir or root', () => {
  test('no local file is read: a local figure shows its alt text with a warning', async () => {
    const article = read(minimal);
    const withFigure = parseArticle({
      ...article,
      children: [...article.children, { type: 'figure', src: 'photo.png', alt: 'a photo' }],
    });
    // The EPUB would embed the file; without a root it is not read, whatever lies in the cwd.
    const result = await renderTask({ article: withFigure, epub: {} });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        format: 'epub',
        path: 'children[1].src',
        message: expect.stringContaining('is not read'),
      }),
    );
  });
});

describe('renderEditionTask', () => {
  test('renders an edition as one PDF pack; a bad one comes back as problems', async () => {
    const article = read(minimal);
    const edition = {
      meta: { title: '朝のブリーフィング', date: '2025-10-29', language: 'ja' },
      articles: [{ article }, { article, section: '国際' }],
    };
    const result = await renderEditionTask({ edition, pdf: { pageSize: 'A5' } });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(Buffer.from(result.pdf!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const empty = await renderEditionTask({ edition: { ...edition, articles: [] }, pdf: {} });
    expect(empty.ok).toBe(false);
  });
});

describe('aborting a render', () => {
  test('ends the worker that runs it, a new one takes its place and the pool goes on', async () => {
    const pool = createRenderPool({ workers: 1 });
    try {
      const article = read(flagship);
      // A cold PDF of the flagship parses the fonts first: it is still running when this fires.
      const signal = AbortSignal.timeout(20);
      await expect(pool.render({ article, pdf: {} }, { signal })).rejects.toThrow(/abort/i);
      expect(pool.stats().restarts).toBe(1);
      const next = await pool.render({ article: read(minimal), html: {} });
      expect(next.ok).toBe(true);
      expect(pool.stats()).toMatchObject({ queued: 0, threads: 1, restarts: 1 });
    } finally {
      await pool.close();
    }
  });
});
