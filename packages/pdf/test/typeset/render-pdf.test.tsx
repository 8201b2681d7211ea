/**
 * Renders corpus paragraphs and the seed article with TypesetText through react-pdf, then reads the
 * PDF back with pdftotext: line starts and ends obey kinsoku, react-pdf kept every composed line
 * as one printed line, and extraction gives each paragraph back without inserted hyphens or spaces.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isJapanese, isSafeUrl, type PhrasingContent } from '@kiji/core';
import { loadFixtures } from '@kiji/fixtures';
import { Document, Page, renderToBuffer } from '@react-pdf/renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  composeLines,
  type MissingGlyph,
  type StyledRun,
  type TypesetOptions,
  TypesetText,
} from '../../src/typeset/index.js';
import {
  findKinsokuViolations,
  findSpacesBetweenCjk,
  formatViolations,
  hasPdftotext,
  pdfToBbox,
  pdfToText,
  printedLines,
  shouldRunToolTests,
  withoutSpace,
} from '../helpers/kinsoku-check.js';
import { registerTestFonts, testFonts } from './test-fonts.js';

/** The scraped seed article lives beside the repository (third-party text, never copied into it). */
const SEED = fileURLToPath(new URL('../../../../../shared/seeds/summit-2025.txt', import.meta.url));
const SIZE = 10;
const MARGIN = 56;

interface Block {
  runs: StyledRun[];
  options: TypesetOptions;
}

/** Phrasing content to styled runs, the way a document renderer would map it. */
function toRuns(
  nodes: PhrasingContent[],
  base: Omit<StyledRun, 'text'>,
  marks: { count: number },
): StyledRun[] {
  return nodes.flatMap((node): StyledRun[] => {
    switch (node.type) {
      case 'text':
        return [{ ...base, text: node.value }];
      case 'break':
        return [{ ...base, text: '\n' }];
      case 'strong':
        return toRuns(node.children, { ...base, fontWeight: 'bold' }, marks);
      case 'emphasis':
        return toRuns(node.children, { ...base, fontFamily: 'sans' }, marks);
      case 'link':
        return toRuns(
          node.children,
          isSafeUrl(node.url) ? { ...base, href: node.url, underline: true } : base,
          marks,
        );
      case 'sourceReference':
      case 'noteReference':
        marks.count += 1;
        return [{ ...base, text: `[${marks.count}]`, superscript: true }];
      default: {
        const children = (node as { children?: PhrasingContent[] }).children;
        return children ? toRuns(children, base, marks) : [];
      }
    }
  });
}

function findParagraphs(node: unknown, found: PhrasingContent[][]): void {
  if (Array.isArray(node)) {
    for (const child of node) findParagraphs(child, found);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as { type?: string; children?: unknown };
  if ((record.type === 'paragraph' || record.type === 'lede') && Array.isArray(record.children)) {
    found.push(record.children as PhrasingContent[]);
    return;
  }
  for (const value of Object.values(record)) if (typeof value === 'object') findParagraphs(value, found);
}

function bodyOptions(language: string, width: number, lineHeight = SIZE * 1.7): TypesetOptions {
  const ja = isJapanese(language);
  return {
    width,
    lineHeight,
    align: 'justify',
    firstLineIndent: ja ? SIZE : 0,
    language,
  };
}

function corpusBlocks(width: number): Block[] {
  const blocks: Block[] = [];
  for (const fixture of loadFixtures()) {
    const json = fixture.json as { meta: { language: string } };
    const paragraphs: PhrasingContent[][] = [];
    findParagraphs((fixture.json as { children: unknown }).children, paragraphs);
    const marks = { count: 0 };
    for (const paragraph of paragraphs) {
      const runs = toRuns(paragraph, { fontFamily: 'serif', fontSize: SIZE }, marks);
      // Characters no font has need renderPdf's .notdef family and its shared, fixed fonts
      // (test/render-pdf.test.ts checks them); these fonts are registered with react-pdf raw.
      const uncovered = composeLines(runs, bodyOptions(json.meta.language, width), testFonts).missing.some(
        (glyph) => !glyph.fallback,
      );
      const selector = runs.some((run) => /\uDB40[\uDD00-\uDDEF]/.test(run.text));
      if (!uncovered && !selector && runs.some((run) => run.text.trim() !== '')) {
        blocks.push({ runs, options: bodyOptions(json.meta.language, width) });
      }
    }
  }
  return blocks;
}

function seedBlocks(width: number, lineHeight?: number): Block[] {
  const lines = readFileSync(SEED, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.map((text) =>
    text.length < 60
      ? {
          runs: [{ text, fontFamily: 'sans', fontWeight: 'bold' as const, fontSize: 15 }],
          options: { width, lineHeight: 22, align: 'start' as const, language: 'ja', phrases: true },
        }
      : {
          runs: [{ text, fontFamily: 'serif', fontSize: SIZE }],
          options: bodyOptions('ja', width, lineHeight),
        },
  );
}

const textOf = (block: Block) => block.runs.map((run) => run.text).join('');

async function render(blocks: Block[], missing: MissingGlyph[]): Promise<Uint8Array> {
  return renderToBuffer(
    <Document>
      <Page size="A4" style={{ paddingVertical: MARGIN, paddingHorizontal: MARGIN }}>
        {blocks.map((block, index) => (
          <TypesetText
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks are a fixed list
            key={index}
            runs={block.runs}
            options={block.options}
            fonts={testFonts}
            style={{ marginBottom: 8 }}
            onMissing={(found) => missing.push(...found)}
          />
        ))}
      </Page>
    </Document>,
  );
}

const toolsPresent = hasPdftotext();
const seedPresent = existsSync(SEED);

// Without the seed (a clone without ../shared) its cases are left out and this one shows as skipped.
it.skipIf(!seedPresent)(`finds the seed article at ${SEED}`, () => {
  expect(readFileSync(SEED, 'utf8').length).toBeGreaterThan(1000);
});

describe.skipIf(!shouldRunToolTests(toolsPresent))('TypesetText rendered by react-pdf', () => {
  const cases: { name: string; blocks: Block[] }[] = [
    { name: 'corpus at the A4 measure', blocks: corpusBlocks(483) },
    { name: 'corpus in a narrow column', blocks: corpusBlocks(190) },
    ...(seedPresent
      ? [
          { name: 'seed article at the A4 measure', blocks: seedBlocks(483) },
          { name: 'seed article at a 30-character measure', blocks: seedBlocks(300) },
          // A fractional line height once made react-pdf drop lines whose box had that height.
          { name: 'seed article with a fractional line height', blocks: seedBlocks(420, 18.9) },
        ]
      : []),
  ];
  const results = new Map<string, { layout: string; raw: string; bbox: string; missing: MissingGlyph[] }>();
  let clearFonts: () => void = () => {};

  beforeAll(async () => {
    expect(toolsPresent, 'pdftotext (poppler-utils) is required').toBe(true);
    clearFonts = registerTestFonts();
    for (const { name, blocks } of cases) {
      const missing: MissingGlyph[] = [];
      const pdf = await render(blocks, missing);
      // To look at the pages: KIJI_TYPESET_OUT=/tmp/typeset pnpm vitest run test/typeset, then pdftoppm.
      const out = process.env.KIJI_TYPESET_OUT;
      if (out) {
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, `${name.replace(/\W+/g, '-')}.pdf`), pdf);
      }
      results.set(name, {
        layout: pdfToText(pdf, { layout: true }),
        raw: pdfToText(pdf),
        bbox: pdfToBbox(pdf),
        missing,
      });
    }
  }, 120_000);
  afterAll(() => clearFonts());

  for (const { name, blocks } of cases) {
    describe(name, () => {
      it('starts and ends no line against kinsoku and inserts no hyphen', () => {
        const { layout } = results.get(name)!;
        const violations = findKinsokuViolations(layout);
        expect(formatViolations(violations)).toBe('');
      });

      it('prints every composed line as one line (react-pdf does not re-break)', () => {
        const { layout } = results.get(name)!;
        const printed = new Set(layout.split(/\n|\f/).map(withoutSpace));
        const lost: string[] = [];
        for (const block of blocks) {
          for (const line of composeLines(block.runs, block.options, testFonts).lines) {
            if (!printed.has(withoutSpace(line.text))) lost.push(line.text);
          }
        }
        expect(lost).toEqual([]);
      });

      it('draws every line where the composer placed it: justified lines end on the measure', () => {
        const printed = printedLines(results.get(name)!.bbox).filter(
          (line) => withoutSpace(line.text) !== '',
        );
        const composed = blocks
          .flatMap((block) => composeLines(block.runs, block.options, testFonts).lines)
          .filter((line) => withoutSpace(line.text) !== '');
        expect(printed.map((line) => withoutSpace(line.text))).toEqual(
          composed.map((line) => withoutSpace(line.text)),
        );
        const drift: string[] = [];
        composed.forEach((line, index) => {
          const expectedLeft = MARGIN + line.x;
          let expectedRight = expectedLeft + line.width + line.spacing * line.gaps;
          // pdftotext boxes a glyph by its full width: a last 、 set half-width still reports 1 em.
          const last = line.segments.at(-1);
          if (last?.halfWidth) expectedRight += last.fontSize / 2;
          const { xMin, xMax } = printed[index]!;
          if (line.fill === 'justified') {
            const measureEnd = MARGIN + line.x + line.available + line.hangingWidth;
            expect(expectedRight).toBeCloseTo(measureEnd, 3);
          }
          // pdftotext boxes start at the pen position of the first glyph and end at the advance of the last.
          // Justified lines must land on the measure; others may differ by kerning across segments.
          const tolerance = line.fill === 'justified' ? 0.1 : 0.6;
          if (Math.abs(xMin - expectedLeft) > 0.3 || Math.abs(xMax - expectedRight) > tolerance) {
            drift.push(
              `${line.text}: printed ${xMin.toFixed(1)}–${xMax.toFixed(1)}, composed ${expectedLeft.toFixed(1)}–${expectedRight.toFixed(1)}`,
            );
          }
        });
        expect(drift).toEqual([]);
      });

      it('extracts every paragraph whole, in order, without inserted hyphens or spaces', () => {
        const { raw } = results.get(name)!;
        const flat = withoutSpace(raw);
        const joined = raw.replace(/[\n\f]/g, '');
        let from = 0;
        for (const block of blocks) {
          const text = textOf(block);
          const at = flat.indexOf(withoutSpace(text), from);
          expect(at, `paragraph not found in order: ${text.slice(0, 40)}`).toBeGreaterThanOrEqual(from);
          from = at;
          // Japanese text without spaces of its own comes back exactly, line ends joined.
          if (!/[\s\u3000]/u.test(text)) expect(joined).toContain(text);
        }
        expect(findSpacesBetweenCjk(raw, blocks.map(textOf))).toEqual([]);
      });
    });
  }

  it('draws emoji from the fallback font and reports them', () => {
    const { missing } = results.get('corpus at the A4 measure')!;
    expect(missing.filter((m) => m.fallback === 'emoji').map((m) => m.char)).toEqual(
      expect.arrayContaining(['🎌', '🗾']),
    );
  });
});
