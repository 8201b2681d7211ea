// Numbered headings, the masthead's meta line and the sources list, as a reader sees them.
import { parseArticle } from '@kiji/core';
import { describe, expect, test } from 'vitest';
import { renderPdf } from '../../src/index.js';
import { type PrintedLine, pdfToBbox, printedLines, shouldRunToolTests } from '../helpers/kinsoku-check.js';
import { hasTool } from '../helpers/pdf-tools.js';

const tools = shouldRunToolTests(hasTool('pdftotext'));

const article = parseArticle({
  type: 'article',
  schemaVersion: 1,
  meta: {
    title: '見出しの検証',
    language: 'ja',
    published: '2025-10-28',
    updated: '2025-10-29',
    authors: [{ name: 'Kiji編集部', role: '政治・外交担当' }],
    publisher: { name: 'Kijiブリーフィング' },
  },
  children: [
    {
      type: 'section',
      number: '12',
      heading: [
        {
          type: 'text',
          value: '安全保障と経済安全保障の両面で同盟の抑止力と対処力をどう高めるかという長い見出し',
        },
      ],
      children: [{ type: 'paragraph', children: [{ type: 'text', value: '本文。' }] }],
    },
  ],
  sources: [
    {
      id: 'a',
      outlet: '毎日新聞',
      kind: 'video',
      title: '首相の会見を中継する番組の題名がとても長く続いて改行される場合の例',
    },
    { id: 'b', outlet: '読売新聞', kind: 'article', title: '短い題名', url: 'https://example.com/a' },
  ],
});

let lines: PrintedLine[] = [];
const lineWith = (text: string) => lines.find((line) => line.text.includes(text));

describe.skipIf(!tools)('headings, masthead and sources on an A5 page', () => {
  test('render', { timeout: 120_000 }, async () => {
    lines = printedLines(pdfToBbox(await renderPdf(article, { pageSize: 'A5' })), 3);
    expect(lines.length).toBeGreaterThan(5);
  });

  test('a wrapped numbered heading hangs: its second line starts under the title text', () => {
    const first = lines.findIndex((line) => line.text.startsWith('12'));
    expect(first, JSON.stringify(lines, null, 1)).toBeGreaterThanOrEqual(0);
    const numberLine = lines[first]!;
    const second = lines[first + 1]!;
    // The number and a full-width space (about 1.5 em of the heading size) hang to the left.
    expect(second.xMin - numberLine.xMin).toBeGreaterThan(15);
    expect(second.text).not.toMatch(/^12/);
  });

  test('the meta line breaks between phrases, never inside 担当', () => {
    expect(lines.some((line) => line.text.endsWith('担') || line.text.startsWith('当'))).toBe(false);
    expect(lineWith('政治・外交担当')).toBeDefined();
  });

  test('an entry without a URL takes the full width and 動画 stays whole', () => {
    const entry = lineWith('首相の会見を')!;
    const next = lines[lines.indexOf(entry) + 1]!;
    const urlEntry = lineWith('短い題名')!;
    // A5: the text block ends at 362 pt; a QR code (46 pt and a 10.5 pt gap) would begin at 316.
    expect(urlEntry).toBeDefined();
    expect(entry.xMax).toBeGreaterThan(316);
    expect(lines.some((line) => line.text.endsWith('動') || line.text.startsWith('画'))).toBe(false);
    expect(entry.text + next.text).toContain('動画');
  });
});
