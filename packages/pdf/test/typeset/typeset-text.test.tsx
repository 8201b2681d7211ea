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

describe('TypesetText', () => {
  it('renders one unbreakable, unhyphenated Text per composed line', () => {
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
  });

  it('keeps the first two and last two lines of a paragraph together across page breaks', () => {
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
  });

  it('passes justification to react-pdf as letter spacing, never as space characters', () => {
    // Ten kana and 4 pt left over: spread between the characters.
    const wide = { ...options, width: 104 };
    const element = TypesetText({ runs, options: wide, fonts: testFonts, orphans: 1, widows: 1 });
    const first = childrenOf(element)[0]!;
    const line = composeLines(runs, wide, testFonts).lines[0]!;
    expect(line.spacing).toBeGreaterThan(0);
    const shaped = (first.props as { shapedText: () => ShapedText }).shapedText();
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
