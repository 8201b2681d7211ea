import { describe, expect, it } from 'vitest';
import type { Draft, DraftSection } from '../../src/types.js';
import { draftOf } from '../pipeline.js';

const P = '段落の本文です。';

function outline(draft: Draft): string[] {
  const out: string[] = [];
  if (draft.lede) out.push(`lede: ${draft.lede.text}`);
  if (draft.body.length > 0) out.push(`body: ${draft.body.length}`);
  const visit = (section: DraftSection, depth: number) => {
    out.push(`${'  '.repeat(depth)}${section.number ?? '-'} ${section.heading} (${section.blocks.length})`);
    for (const sub of section.subsections) visit(sub, depth + 1);
  };
  for (const part of draft.parts) {
    if (part.kind === 'section') visit(part, 0);
    else out.push(`conclusion ${part.heading} (${part.blocks.length})`);
  }
  return out;
}

describe('findSections', () => {
  it('makes the first paragraph the lede and nests short headings in numbered sections', () => {
    const text = `題名\n\nリードの文です。\n\n1. 第一の節\n\n${P}\n\n小見出し\n\n${P}\n\n${P}\n\n2. 第二の節\n\n${P}\n\nまとめ\n\n${P}`;
    expect(outline(draftOf(text, 'sections'))).toEqual([
      'lede: リードの文です。',
      '1 第一の節 (1)',
      '  - 小見出し (2)',
      '2 第二の節 (1)',
      'conclusion まとめ (1)',
    ]);
  });

  it('makes unnumbered headings top-level sections when the text has no numbered ones', () => {
    const text = `Title\n\nThe lede sentence.\n\nFirst heading\n\nBody one.\n\nSecond heading\n\nBody two.`;
    expect(outline(draftOf(text, 'sections'))).toEqual([
      'lede: The lede sentence.',
      '- First heading (1)',
      '- Second heading (1)',
    ]);
  });

  it('maps Markdown levels: the shallowest # level is a section, deeper ones subsections', () => {
    const text = `題名\n\nリード。\n\n## 節\n\n${P}\n\n### 小節\n\n${P}\n\n## 次の節\n\n${P}`;
    expect(outline(draftOf(text, 'sections'))).toEqual([
      'lede: リード。',
      '- 節 (1)',
      '  - 小節 (1)',
      '- 次の節 (1)',
    ]);
  });

  it('keeps paragraphs before the first heading in the body, and a heading before any section as a section', () => {
    const text = `題名\n\nリード。\n\n${P}\n\n前置きの見出し\n\n${P}\n\n1. 本題\n\n${P}`;
    expect(outline(draftOf(text, 'sections'))).toEqual([
      'lede: リード。',
      'body: 1',
      '- 前置きの見出し (1)',
      '1 本題 (1)',
    ]);
  });

  it('has no lede when the body opens with a heading or a list', () => {
    expect(draftOf(`題名\n\n1. 節\n\n${P}`, 'sections').lede).toBeUndefined();
    expect(draftOf('題名\n\n• 項目\n• 項目', 'sections').lede).toBeUndefined();
  });

  it('keeps a minor heading after the conclusion as a paragraph of the conclusion', () => {
    const text = `題名\n\nリード。\n\n1. 本題\n\n${P}\n\n結論\n\n${P}\n\n補足の見出し\n\n${P}`;
    expect(outline(draftOf(text, 'sections'))).toEqual([
      'lede: リード。',
      '1 本題 (1)',
      'conclusion 結論 (3)',
    ]);
  });

  it('starts a new section after the conclusion when headings are top-level (About the author)', () => {
    const text = 'Title\n\nLede.\n\nIn conclusion\n\nIt works.\n\nAbout the author\n\nShe writes.';
    expect(outline(draftOf(text, 'sections'))).toEqual([
      'lede: Lede.',
      'conclusion In conclusion (1)',
      '- About the author (1)',
    ]);
  });
});
