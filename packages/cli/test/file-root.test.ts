// `kiji render` reads figure files only inside the root: the article's folder or --root DIR.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { makeFileRootTree } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const tree = makeFileRootTree();
const write = (src: string) =>
  writeFileSync(join(tree.root, 'article.json'), JSON.stringify(tree.article(src)));
const outputs = () => readdirSync(tree.root).filter((name) => /^out\./.test(name));
const ALL = ['--pdf', 'out.pdf', '--html', 'out.html', '--epub', 'out.epub', '--max-image-mb', '1'];

describe('kiji render and the file root', () => {
  test.each(tree.cases.filter((entry) => entry.outcome === 'refused'))(
    'refuses $name for every format, writing nothing',
    async ({ src, message }) => {
      write(src);
      for (const flag of ['--pdf', '--html', '--epub']) {
        const result = await runCli(
          ['render', 'article.json', flag, `out.${flag.slice(2)}`, '--max-image-mb', '1'],
          tree.root,
        );
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/^article\.json: children\[0\]\.src: /);
        expect(result.stderr).toMatch(message!);
        expect(outputs()).toEqual([]);
      }
    },
  );

  test.each(tree.cases.filter((entry) => entry.outcome === 'read'))('reads $name', async ({ src }) => {
    write(src);
    const result = await runCli(['render', 'article.json', ...ALL], tree.root);
    // The PDF read the file: it says the 4 × 4 pixels print soft, and nothing else.
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(
        /^warning: children\[0\]\.src: image file ".+" \(4 × 4 pixels\) is drawn [\d.]+ mm wide: \d+ dpi/,
      ),
    ]);
    expect(result.code).toBe(0);
    // The page links the file from its own folder (here the same), normalised.
    expect(readFileSync(join(tree.root, 'out.html'), 'utf8')).toContain(`<img src="${posix.normalize(src)}"`);
  });

  test('--root above the article allows .. up to it', async () => {
    write('../private.png');
    const refused = await runCli(['render', 'article.json', '--html', 'out.html'], tree.root);
    expect(refused.code).toBe(1);
    const result = await runCli(
      ['render', 'project/article.json', '--html', 'project/out.html', '--root', '.'],
      tree.outer,
    );
    expect(result.stderr).toBe('');
    expect(readFileSync(join(tree.root, 'out.html'), 'utf8')).toContain('<img src="../private.png"');
  });

  test('--root must hold the article', async () => {
    write('images/inside.png');
    const result = await runCli(
      ['render', 'article.json', '--html', 'out.html', '--root', 'images'],
      tree.root,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'article.json lies outside --root images: give a folder that holds every input',
    );
  });

  test('a device is refused', async () => {
    write('../../../../../../../../../dev/zero');
    const result = await runCli(['render', 'article.json', '--epub', 'out.epub', '--root', '/'], tree.root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is a device, not an image file: only regular files are read');
  });
});
