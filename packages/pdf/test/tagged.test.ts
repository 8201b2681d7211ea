// Every fixture and example rendered as a tagged PDF, its structure tree read the way a screen
// reader gets it (pdf.js) and compared with the article model.
import { type Article, isSafeUrl, walk } from '@kiji/core';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderPdf } from '../src/index.js';
import { loadCases } from './helpers/corpus.js';
import { compareStructure, expectedStructure } from './helpers/expected-structure.js';
import { shouldRunToolTests } from './helpers/kinsoku-check.js';
import { checkMarkedContent } from './helpers/marked-content.js';
import { hasTool, pdfInfo, qpdfCheck } from './helpers/pdf-tools.js';
import { readStructure, type Structure } from './helpers/structure.js';

const cases = loadCases();
const rendered = new Map<string, { article: Article; pdf: Uint8Array; structure: Structure }>();
const tools = shouldRunToolTests(['pdfinfo', 'qpdf'].every(hasTool));

beforeAll(async () => {
  for (const entry of cases) {
    const pdf = await renderPdf(entry.article, { root: entry.baseDir });
    rendered.set(entry.name, { article: entry.article, pdf, structure: await readStructure(pdf) });
  }
}, 300_000);

const names = cases.map((entry) => entry.name);
const get = (name: string) => rendered.get(name)!;

describe('the structure tree of every fixture and example', () => {
  test.each(names)('%s: element types, heading levels, text and alt text as in the model', (name) => {
    const { article, structure } = get(name);
    expect(compareStructure(structure.root, expectedStructure(article))).toEqual([]);
  });

  test.each(names)('%s: pdf.js reads the same tree, every text in an element or an artifact', (name) => {
    const { structure } = get(name);
    expect(structure.unmarkedText).toEqual([]);
    // Every marked-content sequence pdf.js places in its page trees has the same ancestors.
    expect(structure.pdfjsRoles.size).toBeGreaterThan(0);
    expect(Object.fromEntries(structure.pdfjsRoles)).toEqual(Object.fromEntries(structure.treeRoles));
  });

  test.each(names)('%s: every link annotation has a Link element and a description', (name) => {
    const { article, structure } = get(name);
    const links = structure.linkAnnotations;
    expect(links.length).toBeGreaterThanOrEqual(
      [...walk(article)].filter(({ node }) => node.type === 'link' && isSafeUrl(node.url)).length,
    );
    const owners = new Map<number, string>();
    for (const element of structure.elements) {
      for (const annotation of element.annotations) owners.set(annotation, element.type);
    }
    for (const link of links) {
      expect(link.structParent, `annotation ${link.object}`).toBeDefined();
      expect(structure.parentTreeKeys.has(link.structParent!)).toBe(true);
      expect(owners.get(link.object), `annotation ${link.object}`).toBe('Link');
      expect(link.contents?.trim(), `annotation ${link.object}`).toBeTruthy();
    }
  });

  test.each(names)('%s: no content outside a structure element or an artifact', async (name) => {
    const report = await checkMarkedContent(get(name).pdf);
    expect(report.painted).toBeGreaterThan(0);
    expect(report).toMatchObject({ unmarked: [], misnested: [], unclaimed: [], unbalanced: [] });
  });

  test.each(names)('%s: the catalogue says Marked, the language and to show the title', async (name) => {
    const { article, pdf } = get(name);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const lang = doc.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toBe(article.meta.language);
    expect(String(doc.catalog.lookup(PDFName.of('MarkInfo')))).toMatch(/\/Marked true/);
    expect(String(doc.catalog.lookup(PDFName.of('ViewerPreferences')))).toMatch(/\/DisplayDocTitle true/);
  });
});

describe.skipIf(!tools)('tools read every tagged PDF', () => {
  test.each(names)('%s: pdfinfo says Tagged: yes, qpdf --check passes', (name) => {
    const { pdf } = get(name);
    expect(pdfInfo(pdf).Tagged).toBe('yes');
    const check = qpdfCheck(pdf);
    expect(check.ok, check.output).toBe(true);
  });
});

test('tagged: false leaves the tags out', async () => {
  const { article, baseDir } = cases[0]!;
  const pdf = await renderPdf(article, { root: baseDir, tagged: false });
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  expect(doc.catalog.lookup(PDFName.of('StructTreeRoot'))).toBeUndefined();
  expect(doc.catalog.lookup(PDFName.of('MarkInfo'))).toBeUndefined();
});
