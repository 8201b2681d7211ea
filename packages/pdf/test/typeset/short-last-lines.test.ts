// 追い込み across the corpus: how many Japanese paragraphs end on a line of one or two characters.
import { isJapanese, type Paragraph, toPlainText, walk } from '@kiji/core';
import { describe, expect, it } from 'vitest';
import { defaultTheme, PAGE_SIZE_NAMES } from '../../src/index.js';
import { resolveLayout } from '../../src/theme.js';
import { composeLines, MAX_CJK_GAP_EM, type TypesetOptions } from '../../src/typeset/index.js';
import { loadCases } from '../helpers/corpus.js';
import { testFonts } from './test-fonts.js';

const SIZE = defaultTheme.baseSize;
const paragraphs = loadCases()
  .filter((entry) => isJapanese(entry.article.meta.language))
  .flatMap((entry) => {
    const found: string[] = [];
    for (const { node } of walk(entry.article)) {
      if (node.type === 'paragraph') found.push(toPlainText((node as Paragraph).children));
    }
    return found;
  })
  .filter((text) => text.length > 0);

/** Paragraphs (at every page size's measure) whose last line has one or two characters. */
function countShort(pullIn: boolean) {
  let short = 0;
  let total = 0;
  let squeezeMax = 0;
  for (const pageSize of PAGE_SIZE_NAMES) {
    const width = resolveLayout(defaultTheme, pageSize, 'ja').bodyWidth;
    const options: TypesetOptions = {
      width,
      lineHeight: 19,
      align: 'justify',
      firstLineIndent: SIZE,
      language: 'ja',
      pullInShortLastLine: pullIn,
    };
    for (const text of paragraphs) {
      const { lines } = composeLines([{ text, fontFamily: 'serif', fontSize: SIZE }], options, testFonts);
      total++;
      const last = lines.at(-1)!;
      if (lines.length > 1 && [...last.text.replace(/\s/g, '')].length <= 2) short++;
      for (const line of lines) {
        if (line.spacing < 0) squeezeMax = Math.max(squeezeMax, -line.spacing / SIZE);
        // Nothing is drawn past the measure but hanging punctuation.
        expect(line.x + line.width + line.spacing * line.gaps - line.hangingWidth).toBeLessThan(width + 0.1);
      }
    }
  }
  return { short, total, squeezeMax };
}

describe('short last lines (追い込み)', () => {
  it('pulls most one- and two-character last lines back, within 0.08 em a gap', () => {
    const before = countShort(false);
    const after = countShort(true);
    console.info(
      `short last lines over ${after.total} paragraph settings (corpus and examples, ${PAGE_SIZE_NAMES.length} page sizes): ${before.short} without 追い込み, ${after.short} with`,
    );
    expect(before.short).toBeGreaterThan(0);
    expect(after.short).toBeLessThan(before.short);
    expect(after.squeezeMax).toBeGreaterThan(0);
    expect(after.squeezeMax).toBeLessThanOrEqual(MAX_CJK_GAP_EM + 1e-6);
  });
});
