// Every fixture and example rendered as a tagged PDF, its structure tree read the way a screen
// reader gets it (pdf.js) and compared with the article model.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  type Article,
  type Edition,
  isSafeUrl,
  parseArticle,
  parseEditionManifest,
  toPlainText,
  walk,
} from '@kiji/core';
import { parseMarkdown } from '@kiji/markdown';
import { Text, View } from '@react-pdf/renderer';
import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { artifact, renderEditionPdf, renderPdf, tagged } from '../src/index.js';
import { loadCases, repoRoot } from './helpers/corpus.js';
import { compareStructure, type Expected, expectedStructure } from './helpers/expected-structure.js';
import { shouldRunToolTests } from './helpers/kinsoku-check.js';
import { checkMarkedContent } from './helpers/marked-content.js';
import { hasTool, pdfInfo, qpdfCheck } from './helpers/pdf-tools.js';
import { readStructure, type Structure, squash } from './helpers/structure.js';

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
const el = (type: string, text?: string, children: Expected[] = []): Expected => ({
  type,
  children,
  ...(text !== undefined ? { text } : {}),
});
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

  test.each(names)(
    '%s: pages with links visit annotations in structure order; notes have an ID',
    async (name) => {
      const { article, pdf, structure } = get(name);
      const doc = await PDFDocument.load(pdf, { updateMetadata: false });
      for (const page of doc.getPages()) {
        if ((page.node.Annots()?.size() ?? 0) === 0) continue;
        expect(String(page.node.lookup(PDFName.of('Tabs')))).toBe('/S');
      }
      const notes = structure.elements.filter((element) => element.type === 'Note');
      expect(notes.length).toBe(article.notes?.length ?? 0);
      const ids = notes.map((note) => note.id);
      expect(ids.every((id) => id !== undefined && id !== '')).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  test.each(names)('%s: the running head and page numbers are pagination artifacts', (name) => {
    const { article, structure } = get(name);
    const artifacts = structure.artifactText.join('');
    expect(artifacts).toMatch(/1 \/ \d+|Page 1 of \d+/);
    const pages = (structure.artifactText.join('').match(/\d+ \/ \d+|Page \d+ of \d+/g) ?? []).length;
    if (pages > 1) expect(squash(artifacts)).toContain(squash(article.meta.title).slice(0, 20));
    // None of it reaches a reader through the structure tree.
    expect(squash(structure.root.text)).not.toMatch(/\d+\/\d+$/);
  });

  test.each(names)('%s: the catalogue says Marked, the language and to show the title', async (name) => {
    const { article, pdf } = get(name);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const lang = doc.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toBe(article.meta.language);
    expect(String(doc.catalog.lookup(PDFName.of('MarkInfo')))).toMatch(/\/Marked true/);
    expect(String(doc.catalog.lookup(PDFName.of('ViewerPreferences')))).toMatch(/\/DisplayDocTitle true/);
    expect(new TextDecoder().decode(pdf.subarray(0, 8))).toBe('%PDF-1.7');
  });
});

describe.skipIf(!tools)('tools read every tagged PDF', () => {
  test.each(names)('%s: pdfinfo says Tagged: yes, qpdf --check passes', (name) => {
    const { pdf } = get(name);
    const info = pdfInfo(pdf);
    expect(info.Tagged).toBe('yes');
    // Suspects: content that might not be tagged right (Matterhorn 01-004).
    expect(info.Suspects).toBe('no');
    const check = qpdfCheck(pdf);
    expect(check.ok, check.output).toBe(true);
  });
});

/** The XMP packet of the catalogue, as text. */
async function xmpOf(pdf: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const stream = doc.catalog.lookup(PDFName.of('Metadata'));
  if (!(stream instanceof PDFRawStream)) return '';
  return new TextDecoder().decode(decodePDFRawStream(stream).decode());
}

describe('metadata', () => {
  test.each(names)('%s: XMP with the title, the language and the PDF/UA-1 identifier', async (name) => {
    const { article, pdf } = get(name);
    const xmp = await xmpOf(pdf);
    const title = article.meta.title.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${title.replaceAll('"', '&quot;')}</rdf:li>`);
    expect(xmp).toContain(`<rdf:li>${article.meta.language}</rdf:li>`);
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    // An undated article gets no date in XMP either.
    expect(xmp.includes('<xmp:CreateDate>')).toBe(Boolean(article.meta.published ?? article.meta.updated));
  });
});

describe('print-ready PDFs keep the structure', () => {
  const flagship = cases.find((entry) => entry.name === 'example summit-2025')!;
  let print: Uint8Array;
  let structure: Structure;
  beforeAll(async () => {
    print = await renderPdf(flagship.article, {
      root: flagship.baseDir,
      print: { slug: true, binding: 'right' },
    });
    structure = await readStructure(print);
  });

  test('the same tree, no annotation left in it, marks and slug are artifacts', async () => {
    expect(compareStructure(structure.root, expectedStructure(flagship.article))).toEqual([]);
    expect(structure.linkAnnotations).toEqual([]);
    expect(structure.elements.flatMap((element) => element.annotations)).toEqual([]);
    const report = await checkMarkedContent(print);
    expect(report).toMatchObject({ unmarked: [], misnested: [], unclaimed: [], unbalanced: [] });
  });

  test('PDF/X-4 and PDF/UA-1 in XMP, the title shown, right to left', async () => {
    const xmp = await xmpOf(print);
    expect(xmp).toContain('<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    const doc = await PDFDocument.load(print, { updateMetadata: false });
    const preferences = String(doc.catalog.lookup(PDFName.of('ViewerPreferences')));
    expect(preferences).toMatch(/\/DisplayDocTitle true/);
    expect(preferences).toMatch(/\/Direction \/R2L/);
  });

  test.skipIf(!tools)('pdfinfo: Tagged: yes; qpdf --check passes', () => {
    expect(pdfInfo(print).Tagged).toBe('yes');
    const check = qpdfCheck(print);
    expect(check.ok, check.output).toBe(true);
  });
});

describe('handler overrides', () => {
  test('a handler that draws its own content declares its tag; untagged content joins its parent', async () => {
    const { article, baseDir } = cases.find((entry) => entry.name === 'example summit-2025')!;
    const pdf = await renderPdf(article, {
      root: baseDir,
      handlers: {
        // A lede drawn as one block of its own: declared a Div of paragraphs.
        lede: (node, ctx) =>
          tagged(
            <View>
              {node.children.map((paragraph, index) =>
                tagged(
                  <Text key={String(index)} style={{ fontFamily: ctx.fonts.sans, fontSize: 12 }}>
                    {`Lede ${index + 1}: ${toPlainText(paragraph.children).length} characters`}
                  </Text>,
                  { type: 'P' },
                ),
              )}
              {artifact(<View style={{ height: 2, backgroundColor: '#cc0000' }} />)}
            </View>,
            { type: 'Div' },
          ),
        // A conclusion drawn as one untagged line: its text belongs to the element around it.
        conclusion: (_node, ctx) => <Text style={{ fontFamily: ctx.fonts.sans, fontSize: 12 }}>Fin</Text>,
      },
    });
    const structure = await readStructure(pdf);
    const lede = structure.root.children.find((element) => element.type === 'Div')!;
    expect(lede.children.map((child) => child.type)).toEqual(
      article.children.find((node) => node.type === 'lede')!.children.map(() => 'P'),
    );
    const first = article.children.find((node) => node.type === 'lede')!.children[0]!;
    expect(lede.children[0]!.text.trim()).toBe(`Lede 1: ${toPlainText(first.children).length} characters`);
    // Text no handler tagged belongs to the element around it (here the document).
    expect(squash(structure.root.text)).toContain('Fin');
    const report = await checkMarkedContent(pdf);
    expect(report).toMatchObject({ unmarked: [], misnested: [], unclaimed: [], unbalanced: [] });
  });
});

describe('editions', () => {
  test('the example edition: cover, contents and every article an Art in its language, as in the model', async () => {
    const dir = join(repoRoot, 'examples/edition');
    const manifest = parseEditionManifest(JSON.parse(readFileSync(join(dir, 'edition.json'), 'utf8')));
    const { articles: entries, $schema: _schema, cover: _cover, ...meta } = manifest;
    const edition: Edition = {
      meta,
      articles: entries.map((entry) => {
        if (typeof entry === 'string' || !('path' in entry))
          throw new Error('the example names its articles by path');
        const file = join(dir, entry.path);
        const text = readFileSync(file, 'utf8');
        const article = file.endsWith('.md') ? parseMarkdown(text) : parseArticle(JSON.parse(text));
        return { article, baseDir: dirname(file), ...(entry.section ? { section: entry.section } : {}) };
      }),
    };
    const pdf = await renderEditionPdf(edition, { root: repoRoot });
    const structure = await readStructure(pdf);
    const sectionLabels = edition.articles.map((entry, index) =>
      entry.section && entry.section !== edition.articles[index - 1]?.section ? [el('P', entry.section)] : [],
    );
    const titles = edition.articles.map(({ article }) => article.meta.title);
    const expected: Expected = el('Document', undefined, [
      el('Sect', undefined, [
        el('P'),
        el('H1', edition.meta.title),
        ...(edition.meta.subtitle ? [el('P', edition.meta.subtitle)] : []),
        el('P'),
        el(
          'L',
          undefined,
          titles.map((title, index) =>
            el('LI', undefined, [el('LBody', undefined, [...sectionLabels[index]!, el('P', title)])]),
          ),
        ),
      ]),
      el('Sect', undefined, [
        el('H2'),
        el(
          'TOC',
          undefined,
          titles.map((_, index) => el('TOCI', undefined, [...sectionLabels[index]!, el('P')])),
        ),
      ]),
      ...edition.articles.map(({ article }) => el('Art', undefined, expectedStructure(article).children)),
    ]);
    expect(compareStructure(structure.root, expected)).toEqual([]);
    expect(edition.articles.map(({ article }) => article.meta.language)).toContain('en');
    // The contents entries read as the title and its page number.
    const toc = structure.elements.find((element) => element.type === 'TOC')!;
    toc.children.forEach((entry, index) => {
      expect(squash(entry.children.at(-1)!.text)).toMatch(
        new RegExp(`^${squash(titles[index]!).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d+$`),
      );
    });
    // The English article says so; the Japanese ones take the document's language.
    const arts = structure.elements.filter((element) => element.type === 'Art');
    expect(arts.map((art) => art.lang)).toEqual(edition.articles.map(({ article }) => article.meta.language));
    expect(arts.map((art) => art.title)).toEqual(titles);
    const report = await checkMarkedContent(pdf);
    expect(report).toMatchObject({ unmarked: [], misnested: [], unclaimed: [], unbalanced: [] });
    expect(structure.unmarkedText).toEqual([]);
    expect(structure.linkAnnotations.every((link) => link.structParent !== undefined)).toBe(true);
  });
});

test('tagged: false leaves the tags out', async () => {
  const { article, baseDir } = cases[0]!;
  const pdf = await renderPdf(article, { root: baseDir, tagged: false });
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  expect(doc.catalog.lookup(PDFName.of('StructTreeRoot'))).toBeUndefined();
  expect(doc.catalog.lookup(PDFName.of('MarkInfo'))).toBeUndefined();
});
