import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { stylesheet, toHtml } from '../src/index.js';
import { fixtures } from './helpers.js';

const EPUBCHECK = '/usr/share/java/epubcheck.jar';

function hasEpubcheck(): boolean {
  const java = spawnSync('java', ['-version']).status === 0;
  if (java && existsSync(EPUBCHECK)) return true;
  if (process.env.CI === 'true')
    throw new Error(`epubcheck is missing: install java and ${EPUBCHECK} (apt-get install epubcheck)`);
  return false;
}

/** A minimal EPUB 3 holding every fixture as an XHTML content document (horizontal and vertical). */
async function buildEpub(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/epub+zip', { compression: 'STORE' });
  zip.file(
    'META-INF/container.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
  );
  zip.file('EPUB/horizontal.css', stylesheet());
  zip.file('EPUB/vertical.css', stylesheet({ vertical: true }));
  const items: string[] = [];
  const spine: string[] = [];
  for (const { name, article } of fixtures) {
    for (const vertical of [false, true]) {
      const id = `d${name.slice(0, 3)}${vertical ? 'v' : 'h'}`;
      zip.file(
        `EPUB/${id}.xhtml`,
        toHtml(article, { xhtml: true, vertical, stylesheet: vertical ? 'vertical.css' : 'horizontal.css' }),
      );
      items.push(`<item id="${id}" href="${id}.xhtml" media-type="application/xhtml+xml"/>`);
      spine.push(`<itemref idref="${id}"/>`);
    }
  }
  // One document with the stylesheet inline, as the preview writes it.
  zip.file('EPUB/inline.xhtml', toHtml(fixtures[0]!.article, { xhtml: true, vertical: true }));
  items.push('<item id="inline" href="inline.xhtml" media-type="application/xhtml+xml"/>');
  spine.push('<itemref idref="inline"/>');
  zip.file(
    'EPUB/nav.xhtml',
    '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="ja" xml:lang="ja"><head><title>目次</title></head><body><nav epub:type="toc"><ol><li><a href="inline.xhtml">記事</a></li></ol></nav></body></html>',
  );
  zip.file(
    'EPUB/package.opf',
    `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="ja"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="uid">urn:uuid:2b0d4c4e-5a8e-4d0b-9a55-3f6f7c1e0a01</dc:identifier><dc:title>fixtures</dc:title><dc:language>ja</dc:language><meta property="dcterms:modified">2025-10-28T00:00:00Z</meta></metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="hcss" href="horizontal.css" media-type="text/css"/><item id="vcss" href="vertical.css" media-type="text/css"/>${items.join('')}</manifest><spine>${spine.join('')}</spine></package>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/epub+zip' });
}

describe.runIf(hasEpubcheck())('epubcheck', () => {
  it('accepts every fixture as XHTML content, with both stylesheets, without errors or warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiji-html-epub-'));
    try {
      const file = join(dir, 'fixtures.epub');
      writeFileSync(file, await buildEpub());
      const result = spawnSync('java', ['-jar', EPUBCHECK, file], { encoding: 'utf8' });
      const report = `${result.stdout}\n${result.stderr}`;
      expect(report.split('\n').filter((line) => /^(ERROR|WARNING|FATAL)/.test(line))).toEqual([]);
      expect(report).toMatch(/0 fatals \/ 0 errors \/ 0 warnings/);
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
