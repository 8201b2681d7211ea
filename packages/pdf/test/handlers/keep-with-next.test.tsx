import { Image, View } from '@react-pdf/renderer';
import { createElement, Fragment } from 'react';
import { describe, expect, it } from 'vitest';
import {
  fullHeight,
  isUnsplittable,
  leadingHeight,
  presenceFor,
  trailingMargin,
} from '../../src/handlers/keep-with-next.js';
import { SplitGuard } from '../../src/handlers/split-guard.js';
import { type TypesetOptions, TypesetText } from '../../src/typeset/index.js';
import { testFonts } from '../typeset/test-fonts.js';

const options: TypesetOptions = { width: 100, lineHeight: 17, align: 'justify', language: 'ja' };
const paragraph = (lines: number, style?: Record<string, number>) =>
  TypesetText({
    // Ten characters of 10 pt fill one 100 pt line.
    runs: [{ text: 'あいうえおかきくけこ'.repeat(lines), fontFamily: 'serif', fontSize: 10 }],
    options,
    fonts: testFonts,
    ...(style ? { style } : {}),
  });

describe('leadingHeight: what must come with a heading', () => {
  it('is the whole of a paragraph too short to split, with its top margin', () => {
    // Three lines cannot split with two kept at each end: all three must fit.
    expect(leadingHeight(paragraph(3, { marginTop: 5, marginBottom: 9 }))).toBe(5 + 3 * 17);
    expect(isUnsplittable(paragraph(3))).toBe(true);
  });

  it('is the first two lines of a longer paragraph', () => {
    expect(leadingHeight(paragraph(7))).toBe(2 * 17);
    expect(fullHeight(paragraph(7, { marginBottom: 4 }))).toBe(7 * 17 + 4);
    expect(isUnsplittable(paragraph(7))).toBe(false);
  });

  it('looks through containers and split guards, adding their top edges', () => {
    const quote = (
      <View style={{ marginVertical: 9, paddingLeft: 8, borderLeftWidth: 2 }}>
        <SplitGuard />
        {[paragraph(3), paragraph(5)]}
      </View>
    );
    expect(leadingHeight(quote)).toBe(9 + 3 * 17);
  });

  it('counts a nested heading whole, plus the presence it asks for', () => {
    const subsection = (
      <View>
        <SplitGuard />
        <View wrap={false} minPresenceAhead={40}>
          {paragraph(2, { marginTop: 6 })}
        </View>
        {paragraph(9)}
      </View>
    );
    expect(leadingHeight(subsection)).toBe(6 + 2 * 17 + 40);
  });

  it('counts an unbreakable figure whole and gives up on boxes only layout can measure', () => {
    const figure = (
      <View wrap={false} style={{ marginVertical: 10 }}>
        <Image src="x.png" style={{ width: 100, height: 60 }} />
        {paragraph(1)}
      </View>
    );
    expect(leadingHeight(figure)).toBe(10 + 60 + 17 + 10);
    expect(leadingHeight(<View wrap={false}>{'text'}</View>)).toBeUndefined();
    expect(presenceFor(<View wrap={false}>{'text'}</View>, 52)).toBe(52);
  });
});

describe('trailingMargin: the space the last block leaves below it', () => {
  it('finds the bottom margin of the last block through fragments and arrays', () => {
    const list = <View style={{ marginVertical: 5.25 }} />;
    // As ctx.blocks returns them: each block in a keyed fragment.
    expect(trailingMargin([paragraph(1), createElement(Fragment, { key: 'b' }, list), null])).toBe(5.25);
    expect(trailingMargin([list, paragraph(1)])).toBe(0);
    expect(trailingMargin(<View style={{ margin: 3, marginBottom: 7 }} />)).toBe(7);
    expect(trailingMargin([])).toBe(0);
  });
});
