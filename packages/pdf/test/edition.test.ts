import type { Edition } from '@kiji/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderEditionPdf } from '../src/index.js';
import { loadCases } from './helpers/corpus.js';
import { readOutline } from './helpers/outline.js';
import { hasTool, pdfInfo, runOnPdf } from './helpers/pdf-tools.js';

const required = process.env.CI === 'true';
const tools = hasTool('pdftotext');
if (!tools && required) throw new Error('pdftotext is required in CI: install poppler-utils');

/** The two examples and several fixtures, two of them sharing section ids with each other. */
function sampleEdition(): Edition {
  const cases = loadCases();
  const pick = (name: string) => {
    const found = cases.find((entry) => entry.name.startsWith(name));
    if (!found) throw new Error(`no case ${name}`);
    return { article: found.article, baseDir: found.baseDir };
  };
  return {
    meta: { title: '朝のブリーフィング', date: '2025-10-29', language: 'ja', number: 3 },
    articles: [
      { ...pick('example summit-2025'), section: '政治' },
      { ...pick('example eu-ai-act'), section: '国際' },
      { ...pick('006-sections'), section: '国際' },
      pick('009-notes-comments'),
      pick('002-sourced-quote'),
    ],
  };
}

/** The text of each page, from pdftotext's form feeds. */
function pageTexts(pdf: Uint8Array): string[] {
  const run = runOnPdf('pdftotext', pdf, ['-layout', '{}', '-']);
  run.cleanup();
  return run.stdout.split('\f').slice(0, -1);
}

/** Page numbers the contents page prints after each title: the number ending the title's last line. */
function contentsNumbers(page: string, titles: string[]): number[] {
  const lines = page.split('\n');
  let from = 0;
  return titles.map((title) => {
    const tail = title.replace(/\s+/g, '').slice(-6);
    const at = lines.findIndex((line, index) => index >= from && line.replace(/\s+/g, '').includes(tail));
    from = at + 1;
    const match = /(\d+)\s*$/.exec(lines[at] ?? '');
    return match ? Number(match[1]) : Number.NaN;
  });
}

describe.skipIf(!tools)('renderEditionPdf', () => {
  const edition = sampleEdition();
  const titles = edition.articles.map(({ article }) => article.meta.title);
  let screen: Uint8Array;
  let facing: Uint8Array;
  beforeAll(async () => {
    screen = await renderEditionPdf(edition);
    facing = await renderEditionPdf(edition, { print: true });
  });

  for (const [name, pdfOf] of [
    ['screen', () => screen],
    ['facing', () => facing],
  ] as const) {
    test(`${name}: the contents' page numbers are the pages where each article's title is found`, () => {
      const pages = pageTexts(pdfOf());
      const contents = pages.findIndex((page) => /目次/.test(page));
      expect(contents).toBeGreaterThan(0);
      const printed = contentsNumbers(pages[contents]!, titles);
      const found = titles.map(
        (title, index) =>
          pages.findIndex(
            (page, at) =>
              at > contents &&
              at + 1 >= (printed[index - 1] ?? 0) &&
              page.replace(/\s+/g, '').includes(title.replace(/\s+/g, '')),
          ) + 1,
      );
      expect(printed).toEqual(found);
      // Each article opens a page: its title is at the top of the page, under the kicker at most.
      printed.forEach((start, index) => {
        const top = pages[start - 1]!.split('\n')
          .map((line) => line.replace(/\s+/g, ''))
          .filter(Boolean)
          .slice(0, 3)
          .join('');
        expect(top).toContain(titles[index]!.replace(/\s+/g, '').slice(0, 10));
      });
      if (name === 'facing') for (const start of printed) expect(start % 2).toBe(1);
    });

    test(`${name}: every page carries its number, continuously`, () => {
      const pages = pageTexts(pdfOf());
      expect(Number(pdfInfo(pdfOf()).Pages)).toBe(pages.length);
      pages.forEach((page, index) => {
        const lines = page
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        expect(lines.at(-1)).toBe(String(index + 1));
      });
    });
  }

  test('one outline: the contents, then every article with its sections in order', async () => {
    const outline = await readOutline(screen);
    expect(outline.map((entry) => entry.title)).toEqual(['目次', ...titles]);
    const summit = outline[1]!;
    expect(summit.children.map((entry) => entry.title)).toEqual([
      '1 対面外交が映した両首脳の距離感',
      '2 安全保障：同盟の抑止力をどう高めるか',
      '3 横須賀訪問が発したメッセージ',
      '結論：これからの日米同盟',
      '出典',
    ]);
    expect(summit.children[0]!.children.map((entry) => entry.title)).toEqual([
      '1.1 安倍元首相が残したものと高市首相の役割',
    ]);
    expect(outline[3]!.children.map((entry) => entry.title)).toEqual([
      '1 第一の章',
      '2 第二の章',
      '番号のない章',
      '結論',
    ]);
    expect(outline[4]!.children.map((entry) => entry.title)).toEqual(['注', '読者のコメント']);
  });

  test('running heads name the edition and the article; sources close each article', () => {
    const pages = pageTexts(screen);
    const second = pages.findIndex((page) => page.includes('安全保障：同盟の抑止力'));
    expect(pages[second]).toMatch(/朝のブリーフィング\s+日米首脳会談2025/);
    const euStart = pages.findIndex(
      (page, index) => index > 1 && page.includes('The EU AI Act enters into force'),
    );
    expect(euStart).toBeGreaterThan(2);
    expect(pages.slice(2, euStart).join('')).toContain('出典');
    expect(pages.slice(euStart).join('')).toContain('Sources');
  });

  test('the same edition gives the same bytes', async () => {
    const again = await renderEditionPdf(edition);
    expect(Buffer.from(again).equals(Buffer.from(screen))).toBe(true);
  });
});
