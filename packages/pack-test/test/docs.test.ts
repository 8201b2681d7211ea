import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, slug } from '../../../scripts/check-links.mjs';
import { publishedPackages, ROOT, run } from './support.js';

const api = join(ROOT, 'docs', 'api');

beforeAll(() => {
  // docs/api is made from the sources, never committed: write it first, then check the links to it.
  run('node', ['scripts/api-docs.mjs'], ROOT);
});

describe('the API reference and the links of the documentation', () => {
  it('has a page for every published package, with the doc comments', () => {
    for (const name of publishedPackages()) {
      expect(existsSync(join(api, '@kiji', name, 'README.md')), name).toBe(true);
    }
    const renderPdf = readFileSync(join(api, '@kiji/pdf/functions/renderPdf.md'), 'utf8');
    expect(renderPdf).toContain('# Function: renderPdf()');
    expect(renderPdf).toMatch(/RenderPdfOptions/);
    const parseArticle = readFileSync(join(api, '@kiji/core/functions/parseArticle.md'), 'utf8');
    expect(parseArticle).toContain('Validate unknown input');
  });

  it('is linked from every package README', () => {
    for (const name of publishedPackages()) {
      const readme = readFileSync(join(ROOT, 'packages', name, 'README.md'), 'utf8');
      expect(readme, name).toContain(`(../../docs/api/@kiji/${name}/README.md)`);
    }
  });

  it('every internal link of the READMEs and docs resolves, headings included', () => {
    expect(brokenLinks()).toEqual([]);
  });

  it('the link check finds a missing file and a missing heading', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiji-links-'));
    const file = join(dir, 'page.md');
    writeFileSync(
      file,
      [
        '# A page',
        '## Settings: kiji.config.json, `--font`',
        '[ok](#a-page) [ok too](#settings-kijiconfigjson---font) [web](https://example.com/x)',
        '[gone](missing.md) and [nowhere](#no-such-heading)',
        '`[in code](missing.md)`',
        '```',
        '[in a block](missing.md)',
        '```',
      ].join('\n'),
    );
    expect(brokenLinks([file]).map(({ line, target }) => `${line} ${target}`)).toEqual([
      '4 missing.md',
      '4 #no-such-heading',
    ]);
    expect(slug('Print-ready PDF (入稿データ)')).toBe('print-ready-pdf-入稿データ');
  });
});
