import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { readLocalFile, readNamedFile } from '../src/files/index.js';
import { classifyImageSource, sniffImage } from '../src/index.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
let outer: string;
let root: string;

beforeEach(() => {
  outer = mkdtempSync(join(tmpdir(), 'kiji-files-'));
  root = join(outer, 'project');
  mkdirSync(join(root, 'images'), { recursive: true });
  writeFileSync(join(root, 'images', 'a.png'), PNG);
  writeFileSync(join(outer, 'secret.png'), PNG);
});

const severity = (result: ReturnType<typeof readLocalFile>) =>
  'severity' in result ? result.severity : 'ok';

describe('readLocalFile', () => {
  test('reads a file inside the root', () => {
    const result = readLocalFile('images/a.png', { root });
    expect('data' in result && [...result.data]).toEqual([...PNG]);
  });

  test('without a root nothing is read', () => {
    expect(readLocalFile('images/a.png', {})).toMatchObject({
      severity: 'warning',
      problem: /no root folder/,
    });
  });

  test('.. out of the root is refused, with how to allow it', () => {
    const result = readLocalFile('../secret.png', { root });
    expect(result).toMatchObject({ severity: 'error', problem: /lies outside the folder.*--root DIR/ });
  });

  test('.. that stays inside the root is fine', () => {
    expect(severity(readLocalFile('../images/a.png', { root, baseDir: join(root, 'images') }))).toBe('ok');
  });

  test('an absolute path is refused', () => {
    expect(severity(readLocalFile(join(outer, 'secret.png'), { root }))).toBe('error');
  });

  test('a symbolic link out of the root is refused; one inside is followed', () => {
    symlinkSync(join(outer, 'secret.png'), join(root, 'out.png'));
    symlinkSync(join(root, 'images', 'a.png'), join(root, 'in.png'));
    expect(readLocalFile('out.png', { root })).toMatchObject({ severity: 'error', problem: /symbolic link/ });
    expect(severity(readLocalFile('in.png', { root }))).toBe('ok');
  });

  test('a FIFO is refused without waiting for a writer', () => {
    execFileSync('mkfifo', [join(root, 'pipe.png')]);
    expect(readLocalFile('pipe.png', { root })).toMatchObject({ severity: 'error', problem: /named pipe/ });
  });

  test('a device is refused', () => {
    expect(readLocalFile('dev/zero', { root: '/' })).toMatchObject({
      severity: 'error',
      problem: /a device/,
    });
  });

  test('a directory is refused', () => {
    expect(readLocalFile('images', { root })).toMatchObject({ severity: 'error', problem: /a directory/ });
  });

  test('a file over the limit is refused, saying the limit and how to raise it', () => {
    writeFileSync(join(root, 'big.png'), new Uint8Array(3 * 1024 * 1024));
    expect(readLocalFile('big.png', { root, maxBytes: 1024 * 1024 })).toMatchObject({
      severity: 'error',
      problem: /is 3 MB, over the limit of 1 MB per image: .*--max-image-mb N.*maxImageBytes/,
    });
  });

  test('a missing file is a warning', () => {
    expect(readLocalFile('nope.png', { root })).toMatchObject({
      severity: 'warning',
      problem: /does not exist/,
    });
  });
});

describe('classifyImageSource', () => {
  test.each([
    ['/etc/passwd', 'outside'],
    ['file:///etc/passwd', 'outside'],
    ['C:\\Users\\a.png', 'outside'],
    ['https://example.com/a.png', 'remote'],
    ['//example.com/a.png', 'remote'],
    ['javascript:alert(1)', 'unsupported'],
    ['images/a%20b.png', 'local'],
    ['data:image/png;base64,iVBORw0KGgo=', 'data'],
  ])('%s is %s', (src, kind) => {
    expect(classifyImageSource(src).kind).toBe(kind);
  });

  test('local paths are percent-decoded', () => {
    expect(classifyImageSource('images/a%20b.png')).toEqual({ kind: 'local', path: 'images/a b.png' });
  });

  test('a base64 data URL is decoded', () => {
    const source = classifyImageSource('data:image/png;base64,iVBORw0KGgo=');
    expect(source.kind === 'data' && sniffImage(source.data)?.name).toBe('PNG');
  });
});

describe('readNamedFile (a cover image the caller names)', () => {
  test('with a root: an absolute or relative path inside it is read, one outside is refused', () => {
    expect('data' in readNamedFile(join(root, 'images', 'a.png'), { root })).toBe(true);
    expect('data' in readNamedFile('a.png', { root, baseDir: 'images' })).toBe(true);
    for (const path of [join(outer, 'secret.png'), '../secret.png', '/dev/zero']) {
      const result = readNamedFile(path, { root });
      expect(severity(result)).toBe('error');
      expect('problem' in result && result.problem).toMatch(/lies outside the folder files may come from/);
    }
  });

  test('without a root the path is read as given, still never a device or a file over the limit', () => {
    expect('data' in readNamedFile(join(outer, 'secret.png'), {})).toBe(true);
    expect(readNamedFile('/dev/zero', {})).toEqual({
      severity: 'error',
      problem: expect.stringMatching(/"\/dev\/zero" is a device, not an image file/),
    });
    expect(readNamedFile(join(outer, 'secret.png'), { maxBytes: 4 })).toEqual({
      severity: 'error',
      problem: expect.stringMatching(/over the limit/),
    });
  });
});
