// The caches of a real `kiji` process (compiled code, shaped text): written once, used after,
// never in the way.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir } from '@kiji/fixtures';
import { beforeAll, describe, expect, test } from 'vitest';
import { cacheDirectory } from '../src/code-cache.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const SLOW = { timeout: 180_000 };

describe('cacheDirectory', () => {
  test('KIJI_CACHE_DIR wins; empty turns the cache off', () => {
    expect(cacheDirectory({ KIJI_CACHE_DIR: '/tmp/k', XDG_CACHE_HOME: '/x' }, 'linux')).toBe('/tmp/k');
    expect(cacheDirectory({ KIJI_CACHE_DIR: '' }, 'linux')).toBeUndefined();
  });

  test("the platform's user cache folder", () => {
    expect(cacheDirectory({ XDG_CACHE_HOME: '/x' }, 'linux')).toBe('/x/kiji');
    expect(cacheDirectory({}, 'linux')).toMatch(/\/\.cache\/kiji$/);
    expect(cacheDirectory({}, 'darwin')).toMatch(/\/Library\/Caches\/kiji$/);
    expect(cacheDirectory({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toMatch(/kiji.Cache$/);
    expect(cacheDirectory({}, 'win32')).toBeUndefined();
  });
});

describe('a kiji process keeps its compiled code', () => {
  let dir: string;
  let expected: Buffer;

  /** Render the article to `name` with the cache in `cache` ('' for none); stderr must be empty. */
  function render(cache: string, name: string): Buffer {
    const run = spawnSync(process.execPath, [bin, 'render', 'a.json', '--pdf', name, '--quiet'], {
      cwd: dir,
      env: { ...process.env, INIT_CWD: dir, KIJI_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1761609600' },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return readFileSync(join(dir, name));
  }

  const cacheFiles = (cache: string) =>
    readdirSync(join(cache, 'code')).map((name) => join(cache, 'code', name));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiji-code-cache-'));
    copyFileSync(join(corpusDir, '001-minimal.json'), join(dir, 'a.json'));
    expected = render('', 'none.pdf');
  }, SLOW.timeout);

  test('written by the first run, read unchanged by the next, the same PDF each time', SLOW, () => {
    const cache = join(dir, 'cache');
    expect(render(cache, 'first.pdf').equals(expected)).toBe(true);
    // One file for the command's own bundle, one for @kiji/pdf's.
    const files = cacheFiles(cache).sort();
    expect(files).toHaveLength(2);
    const written = files.map((file) => ({ bytes: readFileSync(file), time: statSync(file).mtimeMs }));
    for (const { bytes } of written) expect(bytes.length).toBeGreaterThan(100_000);
    expect(render(cache, 'second.pdf').equals(expected)).toBe(true);
    // V8 took them: a rejected cache would have been written again.
    expect(cacheFiles(cache).sort()).toEqual(files);
    files.forEach((file, index) => {
      expect(statSync(file).mtimeMs).toBe(written[index]!.time);
      expect(readFileSync(file).equals(written[index]!.bytes)).toBe(true);
    });
  });

  test('the shaped text of the fonts is kept too: the next run finds all of it, the same PDF', SLOW, () => {
    const cache = join(dir, 'shaping');
    expect(render(cache, 'shaping-first.pdf').equals(expected)).toBe(true);
    const fonts = readdirSync(join(cache, 'fonts')).map((name) => join(cache, 'fonts', name));
    expect(fonts.length).toBeGreaterThan(0);
    const times = fonts.map((file) => statSync(file).mtimeMs);
    expect(render(cache, 'shaping-second.pdf').equals(expected)).toBe(true);
    // Nothing new was shaped, so nothing was written again.
    expect(fonts.map((file) => statSync(file).mtimeMs)).toEqual(times);
  });

  test('a damaged cache file is ignored and written again', SLOW, () => {
    const cache = join(dir, 'damaged');
    render(cache, 'warm.pdf');
    // The larger file is @kiji/pdf's.
    const [file] = cacheFiles(cache).sort((a, b) => statSync(b).size - statSync(a).size);
    const good = readFileSync(file!);
    // Same length, different bytes: only the check of the file's digest can tell.
    const damaged = Buffer.from(good);
    for (let i = 20; i < damaged.length; i += 4096) damaged.writeUInt8(damaged.readUInt8(i) ^ 0xff, i);
    writeFileSync(file!, damaged);
    expect(render(cache, 'after-damage.pdf').equals(expected)).toBe(true);
    expect(readFileSync(file!).equals(damaged)).toBe(false);
    expect(render(cache, 'after-rewrite.pdf').equals(expected)).toBe(true);
  });

  test(
    "a batch keeps its compiled code too: the workers' own file, written whole; the command's one a single render takes",
    SLOW,
    () => {
      const cache = join(dir, 'batch');
      copyFileSync(join(corpusDir, '002-sourced-quote.json'), join(dir, 'b.json'));
      const batch = (out: string) => {
        const run = spawnSync(
          process.execPath,
          [bin, 'render', 'a.json', 'b.json', '--out-dir', out, '--jobs', '2', '--quiet'],
          {
            cwd: dir,
            env: { ...process.env, INIT_CWD: dir, KIJI_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1761609600' },
            encoding: 'utf8',
          },
        );
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(readFileSync(join(dir, out, 'a.pdf')).equals(expected)).toBe(true);
      };
      batch('batch-first');
      // The command's bundle's file, and the workers' one of @kiji/pdf (their flags differ from a
      // single render's, and so does the file), each whole: no temporary file of either worker.
      const files = cacheFiles(cache).sort();
      expect(files).toHaveLength(2);
      for (const file of files) expect(file).toMatch(/\/[0-9a-f]{32}\.v8$/);
      const written = files.map((file) => ({ bytes: readFileSync(file), time: statSync(file).mtimeMs }));
      batch('batch-second');
      // V8 took them, in the main thread and in both workers: a rejected cache is written again.
      expect(cacheFiles(cache).sort()).toEqual(files);
      files.forEach((file, index) => {
        expect(statSync(file).mtimeMs).toBe(written[index]!.time);
      });
      // A single render takes the command's file too (written before the batch set its flags)
      // and keeps its own of @kiji/pdf beside the workers'.
      render(cache, 'single.pdf');
      const after = cacheFiles(cache);
      expect(after).toHaveLength(3);
      files.forEach((file, index) => {
        expect(statSync(file).mtimeMs).toBe(written[index]!.time);
      });
    },
  );

  test('a cache folder that cannot be made only means no cache', SLOW, () => {
    // A folder under a regular file cannot be created, even by root.
    writeFileSync(join(dir, 'a-file'), '');
    expect(render(join(dir, 'a-file', 'cache'), 'unwritable.pdf').equals(expected)).toBe(true);
  });
});
