/**
 * Consecutive punctuation (約物の詰め, JLReq 3.1.4) as it is really drawn: each case is set with
 * TypesetText through react-pdf, and again as a reference with every character drawn alone at the
 * position JLReq gives it (one em per character, minus the half-em blank between two marks). Both
 * are rasterised with pdftoppm and compared column by column, so a bracket drawn on top of its
 * neighbour (an opening bracket that lost its right half instead of its left) fails.
 */
import { Document, Page, renderToBuffer, Text } from '@react-pdf/renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeLines, type TypesetOptions, TypesetText } from '../../src/typeset/index.js';
import { shouldRunToolTests } from '../helpers/kinsoku-check.js';
import { type GrayImage, hasTool, pageImages } from '../helpers/pdf-tools.js';
import { registerTestFonts, testFonts } from './test-fonts.js';

const SIZE = 36;
const LEFT = 20;
const TOP = 20;
const PAGE = { width: 320, height: 90 };

/** Each character's box origin in ems, as JLReq sets the text. */
const CASES: Array<[string, number[]]> = [
  ['「【夕', [0, 0.5, 1.5]], // opening + opening: the second loses its leading half
  ['（「あ」）', [0, 0.5, 1.5, 2.5, 3]],
  ['」「あ', [0, 0.5, 1.5]], // closing + opening
  ['あ。」い', [0, 1, 1.5, 2.5]], // full stop + closing
  ['あ、「い', [0, 1, 1.5, 2.5]], // comma + opening
  ['あ・「い', [0, 1, 1.5, 2.5]], // middle dot + opening: the bracket loses its leading half
  ['あ」・い', [0, 1, 1.5, 2.5]], // closing + middle dot
  ['あ）【い】', [0, 1, 1.5, 2.5, 3.5]],
];

const options: TypesetOptions = {
  width: PAGE.width - 2 * LEFT,
  lineHeight: SIZE * 1.5,
  align: 'start',
  language: 'ja',
};

async function composed(family: string): Promise<Uint8Array> {
  return renderToBuffer(
    <Document>
      {CASES.map(([text]) => (
        <Page key={text} size={[PAGE.width, PAGE.height]} style={{ paddingLeft: LEFT, paddingTop: TOP }}>
          <TypesetText
            runs={[{ text, fontFamily: family, fontSize: SIZE }]}
            options={options}
            fonts={testFonts}
          />
        </Page>
      ))}
    </Document>,
  );
}

async function reference(family: string): Promise<Uint8Array> {
  return renderToBuffer(
    <Document>
      {CASES.map(([text, origins]) => (
        <Page key={text} size={[PAGE.width, PAGE.height]}>
          {[...text].map((char, index) => (
            <Text
              // biome-ignore lint/suspicious/noArrayIndexKey: characters repeat
              key={index}
              style={{
                position: 'absolute',
                left: LEFT + origins[index]! * SIZE,
                top: TOP,
                fontFamily: family,
                fontSize: SIZE,
                lineHeight: `${options.lineHeight}pt`,
              }}
            >
              {char}
            </Text>
          ))}
        </Page>
      ))}
    </Document>,
  );
}

/** Ink per pixel column (0 white). */
function columns(image: GrayImage): number[] {
  const sums = new Array<number>(image.width).fill(0);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) sums[x]! += 255 - image.pixels[y * image.width + x]!;
  }
  return sums;
}

/** Share of the ink that sits in different columns (0 identical, up to 2). */
function columnDifference(a: GrayImage, b: GrayImage): number {
  const ca = columns(a);
  const cb = columns(b);
  let diff = 0;
  let total = 0;
  for (let x = 0; x < ca.length; x++) {
    diff += Math.abs(ca[x]! - (cb[x] ?? 0));
    total += ca[x]!;
  }
  return diff / Math.max(1, total);
}

describe('consecutive punctuation: composer widths', () => {
  it.each(CASES)('%s advances as JLReq sets it', (text, origins) => {
    const { lines } = composeLines([{ text, fontFamily: 'serif', fontSize: SIZE }], options, testFonts);
    expect(lines).toHaveLength(1);
    // The last character is a full em wide at the line end.
    expect(lines[0]!.width).toBeCloseTo((origins.at(-1)! + 1) * SIZE, 0);
  });
});

describe.skipIf(!shouldRunToolTests(hasTool('pdftoppm')))('consecutive punctuation as drawn', () => {
  let unregister: () => void;
  beforeAll(() => {
    unregister = registerTestFonts();
  });
  afterAll(() => unregister());

  it.each(['serif', 'sans'])('draws every mark where JLReq places it (%s)', async (family) => {
    const drawn = pageImages(await composed(family), 72, { first: 1, last: CASES.length });
    const expected = pageImages(await reference(family), 72, { first: 1, last: CASES.length });
    expect(drawn).toHaveLength(CASES.length);
    const differences = CASES.map(([text], index) => ({
      text,
      difference: Number(columnDifference(drawn[index]!, expected[index]!).toFixed(3)),
    }));
    // Anti-aliasing noise stays far below this; a glyph half an em off differs by 0.3 or more.
    expect(differences.filter((d) => d.difference > 0.05)).toEqual([]);
  });
});
