import type { Block, Draft, DraftConclusion, DraftSection, HeadingBlock, Masthead } from '../types.js';

/**
 * Build the outline: the lede (first paragraph before any heading), numbered sections,
 * subsections (short headings inside a section; top-level sections when the text has no
 * numbered headings), and the conclusion. Markdown `#` levels map to section / subsection.
 */
export function findSections(blocks: Block[], masthead: Masthead): Draft {
  const levels = headingLevels(blocks);
  const draft: Draft = { masthead, body: [], parts: [] };
  let section: DraftSection | undefined;
  let subsection: DraftSection | undefined;
  let conclusion: DraftConclusion | undefined;
  const first = blocks[0];
  let start = 0;
  if (first?.kind === 'paragraph' && !first.quoteMarked) {
    draft.lede = first;
    start = 1;
  }
  for (const block of blocks.slice(start)) {
    if (block.kind !== 'heading') {
      ((subsection ?? section ?? conclusion)?.blocks ?? draft.body).push(block);
      continue;
    }
    const level = levels.get(block) ?? 'section';
    if (level === 'conclusion') {
      conclusion = { kind: 'conclusion', line: block.line, heading: block.text, blocks: [] };
      draft.parts.push(conclusion);
      section = undefined;
      subsection = undefined;
      continue;
    }
    if (conclusion !== undefined && level === 'subsection') {
      // The conclusion holds no subsections: keep the line as a paragraph.
      conclusion.blocks.push({ kind: 'paragraph', line: block.line, text: block.text });
      continue;
    }
    const part = toSection(block);
    if (level === 'subsection' && section !== undefined) {
      section.subsections.push(part);
      subsection = part;
      continue;
    }
    draft.parts.push(part);
    section = part;
    subsection = undefined;
    conclusion = undefined;
  }
  return draft;
}

function toSection(heading: HeadingBlock): DraftSection {
  const section: DraftSection = {
    kind: 'section',
    line: heading.line,
    heading: heading.text,
    blocks: [],
    subsections: [],
  };
  if (heading.number !== undefined && !heading.number.startsWith('#')) section.number = heading.number;
  return section;
}

/** Section, subsection or conclusion for every heading, from what headings the text has. */
function headingLevels(blocks: Block[]): Map<HeadingBlock, HeadingBlock['level']> {
  const headings = blocks.filter((block): block is HeadingBlock => block.kind === 'heading');
  const hashes = headings
    .map((heading) => (heading.number?.startsWith('#') ? Number(heading.number.slice(1)) : undefined))
    .filter((count): count is number => count !== undefined);
  const top = hashes.length > 0 ? Math.min(...hashes) : undefined;
  const levels = new Map<HeadingBlock, HeadingBlock['level']>();
  for (const heading of headings) {
    let level = heading.level;
    if (heading.number?.startsWith('#'))
      level = Number(heading.number.slice(1)) === top ? 'section' : 'subsection';
    else if (heading.level === 'section' && heading.number?.includes('.')) level = 'subsection';
    levels.set(heading, level);
  }
  const hasSections = [...levels.values()].includes('section');
  if (!hasSections) {
    for (const [heading, level] of levels) if (level === 'subsection') levels.set(heading, 'section');
  }
  return levels;
}
