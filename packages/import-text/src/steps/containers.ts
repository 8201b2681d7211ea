import type { Block, Draft, DraftSection } from '../types.js';

/** Every block list of the draft (body, sections, subsections, conclusion), for steps that rewrite them. */
export function mapContainers(draft: Draft, rewrite: (blocks: Block[]) => Block[]): Draft {
  const mapSection = (section: DraftSection): DraftSection => ({
    ...section,
    blocks: rewrite(section.blocks),
    subsections: section.subsections.map(mapSection),
  });
  return {
    ...draft,
    body: rewrite(draft.body),
    parts: draft.parts.map((part) =>
      part.kind === 'section' ? mapSection(part) : { ...part, blocks: rewrite(part.blocks) },
    ),
  };
}

/** Every block of the draft in reading order, the lede first. */
export function allBlocks(draft: Draft): Block[] {
  const out: Block[] = [];
  if (draft.lede) out.push(draft.lede);
  mapContainers(draft, (blocks) => {
    out.push(...blocks);
    return blocks;
  });
  return out;
}
