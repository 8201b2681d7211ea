import { Text, View } from '@react-pdf/renderer';
import type { ReactElement, ReactNode } from 'react';
import { Children, isValidElement } from 'react';
import { describe, expect, it } from 'vitest';
import {
  composeLines,
  type MissingGlyph,
  type TypesetOptions,
  TypesetText,
} from '../../src/typeset/index.js';
import type { ShapedText } from '../../src/typeset/shape-line.js';
import { setShapedLines } from '../../src/typeset/typeset-text.js';
import { testFonts } from './test-fonts.js';

const options: TypesetOptions = { width: 100, lineHeight: 17, align: 'justify', language: 'ja' };
const runs = [{ text: 'あいうえおかきくけこ'.repeat(7), fontFamily: 'serif', fontSize: 10 }];

type Props = { children?: ReactNode; wrap?: boolean; style?: Record<string, unknown> };
const childrenOf = (element: ReactElement) =>
  Children.toArray((element.props as Props).children) as ReactElement[];

/** Run `check` with lines handed to react-pdf one `<Text>` each (the way blocks are compared to). */
function lineByLine(check: () => void): void {
  setShapedLines('lines');
  try {
    check();
  } finally {
    setShapedLines(true);
  }
}

type BlockProps = Props & {
  orphans?: number;
  widows?: number;
  minPresenceAhead?: number;
  shapedText: () => { lines: (ShapedText & { x: number; width: number })[] };
};

describe('TypesetText', () => {
  it('draws a paragraph of shaped lines as one Text that react-pdf splits between lines', () => {
    const element = TypesetText({ runs, options, fonts: testFonts, orphans: 2, widows: 3 });
    const composed = composeLines(runs, options, testFonts).lines;
    expect(composed.length).toBe(7);
    // Without a border or padding of its own the block is the Text itself.
    expect(element.type).toBe(Text);
    const props = element.props as BlockProps;
    expect(props.wrap).toBeUndefined();
    expect([props.orphans, props.widows]).toEqual([2, 3]);
    const placed = props.shapedText().lines;
    expect(placed.map((line) => line.string)).toEqual(composed.map((line) => line.text));
    for (const [index, line] of placed.entries()) {
      expect(line.x).toBe(composed[index]!.x);
      // Wider than the measure: nothing is broken again.
      expect(line.width).toBeGreaterThan(options.width - line.x);
    }
  });

  it('never splits a paragraph of orphans plus widows lines or fewer', () => {
    const element = TypesetText({ runs, options, fonts: testFonts, orphans: 4, widows: 3 });
    expect((element.props as BlockProps).wrap).toBe(false);
    expect((element.props as BlockProps).shapedText().lines).toHaveLength(7);
  });

  it('gives the Text the margins and tag of the block, and keeps a View for a border', () => {
    const tag = { type: 'P' as const };
    const margins = { flexShrink: 0, marginTop: 4, marginBottom: 6 };
    const plain = TypesetText({
      runs,
      options,
      fonts: testFonts,
      style: margins,
      tag,
      keepWithNext: 20,
      orphans: 4,
      widows: 3,
    });
    expect(plain.type).toBe(Text);
    const props = plain.props as BlockProps & { tag?: unknown };
    expect(props.style).toMatchObject(margins);
    expect(props.tag).toBe(tag);
    // One unbreakable group: the presence is the block's.
    expect(props.minPresenceAhead).toBe(20);
    const ruled = { ...margins, borderBottomWidth: 0.5, paddingBottom: 2 };
    const boxed = TypesetText({ runs, options, fonts: testFonts, style: ruled, tag });
    expect(boxed.type).toBe(View);
    expect((boxed.props as { tag?: unknown }).tag).toBe(tag);
    expect(childrenOf(boxed)[0]!.type).toBe(Text);
  });

  it('keeps a splittable paragraph with what follows by its last lines, one Text per group', () => {
    const element = TypesetText({ runs, options, fonts: testFonts, keepWithNext: 30 });
    const groups = childrenOf(element);
    expect(groups.map((group) => (group.props as BlockProps).shapedText().lines.length)).toEqual([
      2, 1, 1, 1, 2,
    ]);
    expect(groups.every((group) => group.type === Text && (group.props as Props).wrap === false)).toBe(true);
    expect((groups.at(-1)!.props as BlockProps).minPresenceAhead).toBe(30);
    expect((element.props as BlockProps).minPresenceAhead).toBeUndefined();
  });

  it('renders one unbreakable, unhyphenated Text per composed line, line by line', () =>
    lineByLine(() => {
      const element = TypesetText({ runs, options, fonts: testFonts, orphans: 1, widows: 1 });
      const lines = childrenOf(element);
      expect(lines).toHaveLength(composeLines(runs, options, testFonts).lines.length);
      for (const line of lines) {
        expect(line.type).toBe(Text);
        const props = line.props as Props & { hyphenationCallback: (word: string) => string[] };
        expect(props.wrap).toBe(false);
        expect(props.hyphenationCallback('未来を拓く')).toEqual(['未来を拓く']);
        // Wider than the measure: react-pdf has no reason to break the line again.
        expect(props.style!.width as number).toBeGreaterThan(options.width);
        expect(props.style!.textAlign).toBe('left');
        // Shaped here: react-pdf does not shape it again.
        expect(typeof (props as { shapedText?: unknown }).shapedText).toBe('function');
      }
    }));

  it('keeps the first two and last two lines of a paragraph together, line by line', () =>
    lineByLine(() => {
      const element = TypesetText({ runs, options, fonts: testFonts });
      const groups = childrenOf(element);
      const count = composeLines(runs, options, testFonts).lines.length;
      expect(count).toBe(7);
      expect(groups).toHaveLength(count - 2);
      for (const group of [groups[0]!, groups.at(-1)!]) {
        expect(group.type).toBe(View);
        expect((group.props as Props).wrap).toBe(false);
        expect(childrenOf(group)).toHaveLength(2);
      }
      expect(groups.slice(1, -1).every((line) => isValidElement(line) && line.type === Text)).toBe(true);
    }));

  it('passes justification to react-pdf as letter spacing, never as space characters', () => {
    // Ten kana and 4 pt left over: spread between the characters.
    const wide = { ...options, width: 104 };
    const element = TypesetText({ runs, options: wide, fonts: testFonts, orphans: 1, widows: 1 });
    const line = composeLines(runs, wide, testFonts).lines[0]!;
    expect(line.spacing).toBeGreaterThan(0);
    const shaped = (element.props as BlockProps).shapedText().lines[0]!;
    expect(shaped.string).toBe(line.text);
    expect(shaped.string).not.toMatch(/\\s/);
    expect(shaped.runs.some((run) => run.attributes.characterSpacing === line.spacing)).toBe(true);
  });

  it('hands react-pdf one nested Text per segment when it shapes the lines itself', () => {
    setShapedLines(false);
    try {
      const element = TypesetText({ runs, options, fonts: testFonts, orphans: 1, widows: 1 });
      const first = childrenOf(element)[0]!;
      const segments = childrenOf(first);
      const text = segments.map((s) => (s.props as Props).children).join('');
      expect(text).toBe(composeLines(runs, options, testFonts).lines[0]!.text);
      expect(text).not.toMatch(/\\s/);
    } finally {
      setShapedLines(true);
    }
  });

  it('reports missing glyphs to onMissing', () => {
    const found: MissingGlyph[] = [];
    TypesetText({
      runs: [{ text: '旗🎌', fontFamily: 'serif', fontSize: 10 }],
      options,
      fonts: testFonts,
      onMissing: (missing) => found.push(...missing),
    });
    expect(found).toEqual([{ char: '🎌', runIndex: 0, offset: 1, fallback: 'emoji' }]);
  });
});
