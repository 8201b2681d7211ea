import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir } from '@kiji/fixtures';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiji-edition-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'a.json'), readFileSync(join(corpusDir, '002-sourced-quote.json')));
  writeFileSync(join(dir, 'articles', 'b.md'), readFileSync(join(root, 'examples/eu-ai-act/article.md')));
});

const manifest = (articles: unknown[], extra: Record<string, unknown> = {}) => {
  const file = join(dir, `edition-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(
    file,
    JSON.stringify({ title: '朝のブリーフィング', date: '2025-10-29', language: 'ja', articles, ...extra }),
  );
  return file;
};

describe('kiji edition', () => {
  test('a manifest with a path, a section label and a Markdown article gives an EPUB edition', async () => {
    const file = manifest(['articles/a.json', { path: 'articles/b.md', section: '国際' }], { number: 7 });
    const out = join(dir, 'out', 'pack.epub');
    const result = await runCli(['edition', file, '--epub', out], root);
    expect(result).toEqual({ code: 0, stdout: `wrote ${out}\n`, stderr: '' });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const cover = await zip.file('OEBPS/cover.xhtml')!.async('string');
    expect(cover).toContain('第7号');
    expect(cover).toContain('国際');
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining(['OEBPS/a1-text.xhtml', 'OEBPS/a2-text.xhtml']),
    );
  });

  test('a problem in any article names its file and place, and nothing is written', async () => {
    const broken = join(dir, 'articles', 'broken.json');
    const article = JSON.parse(readFileSync(join(corpusDir, '002-sourced-quote.json'), 'utf8'));
    article.children[1].sourceId = 'nowhere';
    writeFileSync(broken, JSON.stringify(article));
    const file = manifest(['articles/a.json', 'articles/broken.json', 'articles/missing.md']);
    const out = join(dir, 'never.pdf');
    const result = await runCli(['edition', file, '--pdf', out], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /articles\/broken\.json: children\[1\]\.sourceId: unknown source "nowhere"/,
    );
    expect(result.stderr).toMatch(/articles\/missing\.md: no such file or directory/);
    expect(existsSync(out)).toBe(false);
  });

  test("the manifest's cover is read like a figure: inside the root, never a device", async () => {
    const out = join(dir, 'covered.epub');
    writeFileSync(
      join(dir, 'outside.png'),
      readFileSync(join(root, 'examples/edition/cover-and-contents.png')),
    );
    mkdirSync(join(dir, 'pack'), { recursive: true });
    writeFileSync(join(dir, 'pack', 'a.json'), readFileSync(join(corpusDir, '001-minimal.json')));
    const packManifest = (cover: string) => {
      const file = join(dir, 'pack', 'edition.json');
      writeFileSync(
        file,
        JSON.stringify({ title: '朝刊', date: '2025-10-29', language: 'ja', cover, articles: ['a.json'] }),
      );
      return file;
    };
    for (const [cover, message] of [
      ['/dev/zero', /cover image: "\/dev\/zero" lies outside the folder files may come from/],
      ['../outside.png', /cover image: ".*outside\.png" lies outside the folder files may come from/],
    ] as const) {
      for (const format of ['--pdf', '--epub']) {
        const result = await runCli(['edition', packManifest(cover), format, out], dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(message);
        expect(existsSync(out)).toBe(false);
      }
    }
    // With a root that holds it, the same cover is read.
    const ok = await runCli(['edition', packManifest('../outside.png'), '--root', '.', '--epub', out], dir);
    expect(ok.code).toBe(0);
    expect(Object.keys((await JSZip.loadAsync(readFileSync(out))).files)).toContain('OEBPS/cover.png');
  });

  test('a bad manifest is named with its JSON path', async () => {
    const file = manifest([{ path: 'articles/a.json', section: '' }], { date: 'tomorrow' });
    const result = await runCli(['edition', file, '--epub', join(dir, 'x.epub')], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: date: expected an ISO 8601 date`);
    expect(result.stderr).toContain(`${file}: articles[0].section: must not be empty`);
  });

  test('a quick pack needs a title; options apply to their output only', async () => {
    const a = join(dir, 'articles', 'a.json');
    expect(
      (await runCli(['edition', a, join(dir, 'articles', 'b.md'), '--pdf', join(dir, 'q.pdf')], dir)).stderr,
    ).toMatch(/a quick pack needs --title/);
    expect(
      (await runCli(['edition', a, '--title', 'T', '--epub', join(dir, 'q.epub'), '--print'], dir)).code,
    ).toBe(2);
    expect(
      (await runCli(['edition', a, '--title', 'T', '--pdf', join(dir, 'q.pdf'), '--vertical'], dir)).code,
    ).toBe(2);
    expect((await runCli(['edition', a, '--title', 'T', '--epub', a], dir)).stderr).toMatch(
      /this is the input file/,
    );
  });

  test('kiji schema --edition prints the manifest schema', async () => {
    const result = await runCli(['schema', '--edition'], root);
    expect(JSON.parse(result.stdout).title).toBe('Kiji edition');
  });
});

describe('kiji edition with edition.md', () => {
  test('the front matter is the manifest; its problems name their line', async () => {
    const good = join(dir, 'edition.md');
    writeFileSync(
      good,
      '---\ntitle: 週刊ブリーフィング\ndate: 2025-10-29\nlanguage: ja\narticles:\n  - articles/a.json\n  - path: articles/b.md\n    section: 国際\n---\n\nMarkdown after the front matter is not used.\n',
    );
    const out = join(dir, 'md-pack.epub');
    expect(await runCli(['edition', good, '--epub', out], dir)).toMatchObject({ code: 0 });
    const bad = join(dir, 'bad-edition.md');
    writeFileSync(
      bad,
      '---\ntitle: T\ndate: 2025-10-29\nlanguage: ja\nnumber: zero\narticles:\n  - articles/a.json\n---\n',
    );
    const result = await runCli(['edition', bad, '--epub', join(dir, 'bad.epub')], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${bad}:5:9: number: expected number`));
  });
});
