import type { Draft } from '../types.js';
import { allBlocks } from './containers.js';
import { agencySource, type Dateline } from './find-datelines.js';

/**
 * The agency a wire dateline names is a source: the paragraph that starts on the dateline's
 * line cites it (a source reference at its end). Quotes are left alone: their words are someone
 * else's, and the dateline belongs to the story around them.
 */
export function citeDatelines(draft: Draft, datelines: Dateline[]): Draft {
  if (datelines.length === 0) return draft;
  const sources = [...(draft.sources ?? [])];
  const paragraphs = allBlocks(draft).filter((block) => block.kind === 'paragraph');
  for (const dateline of datelines) {
    const paragraph = paragraphs.find((block) => block.line === dateline.line);
    if (paragraph === undefined || dateline.agency === undefined) continue;
    const source = agencySource(dateline.agency, sources);
    paragraph.cites = [...(paragraph.cites ?? []), source.id];
  }
  return { ...draft, sources };
}
