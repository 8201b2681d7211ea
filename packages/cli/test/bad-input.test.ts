import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir } from '@kiji/fixtures';
import { beforeEach, describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const minimal = readFileSync(join(corpusDir, '001-minimal.json'), 'utf8');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiji-bad-input-'));
  writeFileSync(join(dir, 'ok.json'), minimal);
});

const listing = () => readdirSync(dir).sort();

describe('unreadable input names the file as given', () => {
  test('a missing file', async () => {
    const result = await runCli(['validate', 'missing.json'], dir);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'missing.json: no such file or directory: check the path\n',
    });
  });

  test('a directory instead of a file', async () => {
    mkdirSync(join(dir, 'folder.json'));
    const result = await runCli(['render', 'folder.json', '--html', 'out.html'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('folder.json: is a directory: give an article file (.json, .md or .txt)\n');
    expect(listing()).toEqual(['folder.json', 'ok.json']);
  });

  test.each(['empty.json', 'empty.md', 'empty.txt'])('an empty file: %s', async (name) => {
    writeFileSync(join(dir, name), '\n  \n');
    const result = await runCli(['validate', name], dir);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `${name}: the file is empty: write an article into it\n`,
    });
  });

  test.each(['bad.json', 'bad.md', 'bad.txt'])(
    'bytes that are not UTF-8 are placed by line and column: %s',
    async (name) => {
      writeFileSync(join(dir, name), Buffer.from([0x61, 0x0a, 0x62, 0x63, 0xff, 0xfe, 0x0a]));
      const result = await runCli(['render', name, '--html', 'out.html'], dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`${name}:2:3: the file is not UTF-8 text: save it as UTF-8\n`);
      expect(listing()).toEqual([name, 'ok.json']);
    },
  );

  test('UTF-16 text is named as such', async () => {
    writeFileSync(join(dir, 'wide.md'), Buffer.from('\ufeff---\ntitle: t\n---\n', 'utf16le'));
    const result = await runCli(['validate', 'wide.md'], dir);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'wide.md: the file is UTF-16 text: save it as UTF-8\n',
    });
  });

  test('scraped text with NUL bytes is refused, not imported', async () => {
    writeFileSync(join(dir, 'page.txt'), 'Title\n\nSome\0binary\0text\n');
    const result = await runCli(['import', 'page.txt', '-o', 'page.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('page.txt: the file holds NUL bytes');
    expect(listing()).toEqual(['ok.json', 'page.txt']);
  });
});

describe('outputs never overwrite inputs or each other', () => {
  test('render --html onto the article itself is refused and the article kept', async () => {
    const result = await runCli(['render', 'ok.json', '--html', './ok.json'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--html ./ok.json: this is the input file ok.json; write to another file',
    );
    expect(readFileSync(join(dir, 'ok.json'), 'utf8')).toBe(minimal);
  });

  test('import -o onto the input is refused', async () => {
    const result = await runCli(['import', 'ok.json', '-o', 'ok.json'], dir);
    expect(result.code).toBe(2);
    expect(readFileSync(join(dir, 'ok.json'), 'utf8')).toBe(minimal);
  });

  test('two outputs naming one file are refused before rendering', async () => {
    const result = await runCli(['render', 'ok.json', '--html', 'a.out', '--epub', 'a.out'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--html and --epub both write a.out: give each output its own file');
    expect(listing()).toEqual(['ok.json']);
  });
});

describe('outputs that cannot be written', () => {
  test('one unwritable output leaves none of the others behind', async () => {
    const result = await runCli(
      ['render', 'ok.json', '--html', 'good.html', '--epub', '/proc/kiji.epub'],
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'kiji render: /proc/kiji.epub: cannot write: the folder cannot be written to (no such file or directory); choose another output path\n',
    );
    expect(result.stdout).toBe('');
    expect(listing()).toEqual(['ok.json']);
  });

  test('an existing directory as the output is named as given', async () => {
    mkdirSync(join(dir, 'folder'));
    const result = await runCli(['render', 'ok.json', '--html', 'folder'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'kiji render: folder: is a directory: give a file name, e.g. folder/article\n',
    );
    expect(readdirSync(join(dir, 'folder'))).toEqual([]);
  });

  test('an output below a file names the output, not a temporary file', async () => {
    const result = await runCli(['import', 'ok.json', '-o', 'ok.json/copy.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'kiji import: ok.json/copy.json: cannot create its folder: not a directory: a part of the path is a file; choose another output path\n',
    );
    expect(listing()).toEqual(['ok.json']);
  });

  test('missing folders of an output are created', async () => {
    const result = await runCli(['import', 'ok.json', '-o', 'new/deep/copy.json'], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'new/deep/copy.json'), 'utf8')).meta.title).toBe('最小の記事');
  });
});

describe('options are checked before any work', () => {
  test('--page-size without --pdf is a usage error', async () => {
    const result = await runCli(['render', 'ok.json', '--html', 'a.html', '--page-size', 'A5'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--page-size applies to --pdf only');
    expect(listing()).toEqual(['ok.json']);
  });

  test('--cover without --epub is a usage error', async () => {
    const result = await runCli(['render', 'ok.json', '--html', 'a.html', '--cover', 'c.png'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--cover applies to --epub only');
  });

  test('a --page-size typo is refused before the article is read', async () => {
    const result = await runCli(['render', 'missing.json', '--pdf', 'a.pdf', '--page-size', 'B5'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown --page-size "B5": use one of A4, JIS-B5, A5, Letter');
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  const run = (value: string, ...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: value, INIT_CWD: dir },
    });

  test.each(['abc', '-5', '1.5', '99999999999999'])('%s is a usage error with no stack trace', (value) => {
    const result = run(value, 'render', 'ok.json', '--pdf', 'a.pdf', '--epub', 'a.epub');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`SOURCE_DATE_EPOCH="${value}" is not a whole number of seconds`);
    expect(result.stderr).not.toContain('\n    at ');
    expect(listing()).toEqual(['ok.json']);
  });

  test('the last second of 9999 still renders a PDF', () => {
    const result = run('253402300799', 'render', 'ok.json', '--pdf', 'a.pdf');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'a.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('an undated article gets no made-up date', () => {
  // The wire story of 016 without the time it was updated: no date at all.
  const wire = JSON.parse(readFileSync(join(corpusDir, '016-undated-wire.json'), 'utf8'));
  delete wire.meta.updated;
  const undated = JSON.stringify(wire);
  const run = (env: Record<string, string>, ...args: string[]) => {
    writeFileSync(join(dir, 'undated.json'), undated);
    const { SOURCE_DATE_EPOCH: _unset, ...rest } = process.env;
    return spawnSync(process.execPath, [bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...rest, ...env, INIT_CWD: dir },
    });
  };

  test('an EPUB (dcterms:modified) is refused, naming the file and the fix; nothing is written', () => {
    const result = run({}, 'render', 'undated.json', '--pdf', 'a.pdf', '--epub', 'a.epub');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^undated\.json: meta\.published: the article has no date, and an EPUB \(its dcterms:modified\) must carry one; none is made up: set meta\.published .*or SOURCE_DATE_EPOCH/,
    );
    expect(result.stderr).not.toContain('\n    at ');
    expect(listing()).toEqual(['ok.json', 'undated.json']);
  });

  test('a print-ready PDF (PDF/X-4) is refused the same way', () => {
    const result = run({}, 'render', 'undated.json', '--pdf', 'a.pdf', '--print');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^undated\.json: meta\.published: the article has no date, and a print-ready PDF/,
    );
    expect(listing()).toEqual(['ok.json', 'undated.json']);
  });

  test('a screen PDF and the HTML are written without any date', () => {
    const result = run({}, 'render', 'undated.json', '--pdf', 'a.pdf', '--html', 'a.html');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const pdf = readFileSync(join(dir, 'a.pdf'), 'latin1');
    expect(pdf).not.toMatch(/\/(CreationDate|ModDate)/);
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).not.toContain('<time');
  });

  test('SOURCE_DATE_EPOCH is the date the user gives: the EPUB is written with it', () => {
    const result = run({ SOURCE_DATE_EPOCH: '1767225600' }, 'render', 'undated.json', '--epub', 'a.epub');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'a.epub')).subarray(0, 2).toString()).toBe('PK');
  });

  test('a quick edition of undated articles needs --date or SOURCE_DATE_EPOCH', () => {
    const refused = run({}, 'edition', 'undated.json', '--title', '朝刊', '--epub', 'e.epub');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      '--date: none of the articles has a date (undated.json), and an edition must carry one; none is made up: give --date 2025-10-29',
    );
    expect(listing()).toEqual(['ok.json', 'undated.json']);
    const dated = run(
      {},
      'edition',
      'undated.json',
      '--title',
      '朝刊',
      '--date',
      '2025-06-05',
      '--epub',
      'e.epub',
    );
    expect(dated.stderr).toBe('');
    expect(dated.status).toBe(0);
  });
});

describe('figures whose src is not an image', () => {
  const withFigure = (src: string) => {
    const article = JSON.parse(readFileSync(join(corpusDir, '008-figure.json'), 'utf8'));
    article.children.find((node: { type: string }) => node.type === 'figure').src = src;
    writeFileSync(join(dir, 'figure.json'), JSON.stringify(article));
  };

  test('--html warns with the JSON path about a local file that is not an image', async () => {
    writeFileSync(join(dir, 'secret.png'), 'root:x:0:0:root:/root:/bin/bash\n');
    withFigure('secret.png');
    const result = await runCli(['render', 'figure.json', '--html', 'out.html'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `warning: children[1].src: image file "secret.png" is not an image (PNG, JPEG, GIF, WebP, AVIF or SVG), whatever its name: convert it\n`,
    );
    expect(readFileSync(join(dir, 'out.html'), 'utf8')).not.toContain('root:x:0:0');
  });

  test('--html warns about a figure file that does not exist', async () => {
    withFigure('nowhere/photo.png');
    const result = await runCli(['render', 'figure.json', '--html', 'out.html'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: children\[1\]\.src: file "nowhere\/photo\.png" does not exist/);
  });

  test('--epub never embeds a local file that is not an image', async () => {
    writeFileSync(join(dir, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
    withFigure('passwd');
    const result = await runCli(['render', 'figure.json', '--epub', 'out.epub'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: children[1].src: the image is not PNG, JPEG, GIF or SVG');
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out.epub')));
    expect(Object.keys(zip.files).filter((name) => name.includes('images/'))).toEqual([]);
    for (const file of Object.values(zip.files)) {
      if (!file.dir) expect(await file.async('string')).not.toContain('root:x:0:0');
    }
  });
});

describe('messages quoting article text cannot drive the terminal', () => {
  test('escape and bidi characters in a quoted snippet are shown as escapes', async () => {
    writeFileSync(
      join(dir, 'esc.md'),
      '---\ntitle: t\nlanguage: ja\npublished: 2025-10-28\n---\n\ntext `\u001b]0;pwned\u0007 \u202e` more\n',
    );
    const result = await runCli(['validate', 'esc.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'esc.md:7:6: inline code `\\x1b]0;pwned\\x07 \\u202e` is not supported: remove the backticks\n',
    );
  });
});

describe('lint --config', () => {
  test('a directory is named as given', async () => {
    mkdirSync(join(dir, 'conf.json'));
    const result = await runCli(['lint', 'ok.json', '--config', 'conf.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'conf.json: is a directory, not a config file: give a JSON file like kiji.config.json\n',
    );
  });

  test('invalid JSON is placed by line and column', async () => {
    writeFileSync(join(dir, 'conf.json'), '{ "lint": { "rules": {} }\n');
    const result = await runCli(['lint', 'ok.json', '--config', 'conf.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^conf\.json:2:1: invalid JSON: /);
  });
});

describe('output paths that are not file names', () => {
  test.each(['', 'folder/', '.', 'out/..'])(
    '--html "%s" is a usage error and writes nothing',
    async (path) => {
      const result = await runCli(['render', 'ok.json', '--html', path], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--html "${path}": name an output file, not a folder`);
      expect(listing()).toEqual(['ok.json']);
    },
  );
});

describe('--cover is checked before rendering and named as given', () => {
  test('a missing cover', async () => {
    const result = await runCli(['render', 'ok.json', '--epub', 'a.epub', '--cover', 'nope.png'], dir);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'nope.png: no such file or directory: check the --cover path\n',
    });
  });

  test('a directory as the cover', async () => {
    mkdirSync(join(dir, 'covers'));
    const result = await runCli(['render', 'ok.json', '--epub', 'a.epub', '--cover', 'covers'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'covers: is a directory: give --cover an image file (JPEG, PNG, GIF or SVG)\n',
    );
    expect(listing()).toEqual(['covers', 'ok.json']);
  });
});

describe('unknown options', () => {
  test('a near miss is named with the option meant', async () => {
    const result = await runCli(['render', 'ok.json', '--htm', 'a.html'], dir);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kiji render: unknown option --htm: did you mean --html? (kiji render --help)\n',
    });
  });

  test('anything else lists the options', async () => {
    const result = await runCli(['import', 'ok.json', '-x'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'kiji import: unknown option -x: use one of --output, --to, --from, --max-input, --max-blocks, --max-field-chars, --max-paragraph-chars, --published, --smart-quotes, --normalize-width (kiji import --help)\n',
    );
    expect((await runCli(['schema', '--all'], dir)).stderr).toBe(
      'kiji schema: unknown option --all: use one of --edition, --config (kiji schema --help)\n',
    );
  });
});

describe('absurd nesting', () => {
  test('a JSON article nested thousands of levels deep is bad input naming the file', async () => {
    let node = '{"type":"text","value":"x"}';
    for (let level = 0; level < 20000; level++) node = `{"type":"strong","children":[${node}]}`;
    const article = JSON.parse(minimal);
    writeFileSync(
      join(dir, 'deep.json'),
      JSON.stringify({ ...article, children: [] }).replace(
        '"children":[]',
        `"children":[{"type":"paragraph","children":[${node}]}]`,
      ),
    );
    const result = await runCli(['render', 'deep.json', '--html', 'deep.html'], dir);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'deep.json: the article is nested too deeply to read (thousands of levels): flatten it\n',
    });
    expect(listing()).toEqual(['deep.json', 'ok.json']);
  });

  test('Markdown quotes nested thousands of levels deep are bad input naming the file', async () => {
    writeFileSync(
      join(dir, 'deep.md'),
      `---\ntitle: t\nlanguage: ja\npublished: 2025-10-28\n---\n\n${'> '.repeat(8000)}x\n`,
    );
    const result = await runCli(['validate', 'deep.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'deep.md: the article is nested too deeply to read (thousands of levels): flatten it\n',
    );
  });
});

describe('the real process', () => {
  test('a reader that closes the pipe early ends the command quietly', () => {
    const article = JSON.parse(minimal);
    article.children = Array.from({ length: 3000 }, () => article.children[0]);
    writeFileSync(join(dir, 'long.json'), JSON.stringify(article));
    const result = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${bin}" import long.json | head -c 10 >/dev/null; echo "status=\${PIPESTATUS:-done}"`,
      ],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('status=');
  });
});

describe('import --to', () => {
  test('a --to typo lists the formats', async () => {
    const result = await runCli(['import', 'ok.json', '--to', 'mdx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--to mdx: use one of json, md');
  });
});

describe('outputs that are links, pipes or devices', () => {
  test('a pipe is refused, not replaced by a plain file', async () => {
    spawnSync('mkfifo', [join(dir, 'pipe.html')]);
    const result = await runCli(['render', 'ok.json', '--html', 'pipe.html'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'kiji render: pipe.html: is not a regular file (a device, pipe or socket): give a file path\n',
    );
    expect(lstatSync(join(dir, 'pipe.html')).isFIFO()).toBe(true);
    expect(listing()).toEqual(['ok.json', 'pipe.html']);
  });

  test('a link to the input is the input', async () => {
    symlinkSync('ok.json', join(dir, 'alias.json'));
    const result = await runCli(['render', 'ok.json', '--html', 'alias.json'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--html alias.json: this is the input file ok.json');
    expect(readFileSync(join(dir, 'ok.json'), 'utf8')).toBe(minimal);
  });

  test('a link to an existing file is written through and stays a link', async () => {
    writeFileSync(join(dir, 'target.html'), 'old');
    symlinkSync('target.html', join(dir, 'link.html'));
    const result = await runCli(['render', 'ok.json', '--html', 'link.html'], dir);
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'link.html')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});
