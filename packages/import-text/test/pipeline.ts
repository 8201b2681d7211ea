import { findBlocks } from '../src/steps/find-blocks.js';
import { findLists } from '../src/steps/find-lists.js';
import { findMasthead } from '../src/steps/find-masthead.js';
import { findQuotes } from '../src/steps/find-quotes.js';
import { findSections } from '../src/steps/find-sections.js';
import { findSources } from '../src/steps/find-sources.js';
import type { Context, Draft } from '../src/types.js';
import { makeContext, toLines } from './helpers.js';

/** Run the steps up to and including `until` on a text, for step tests. */
export function draftOf(
  text: string,
  until: 'sections' | 'quotes' | 'sources' | 'lists',
  context: Context = makeContext(),
): Draft {
  const masthead = findMasthead(toLines(text));
  let draft = findSections(findBlocks(masthead.lines), masthead.masthead);
  if (until === 'sections') return draft;
  draft = findQuotes(draft, context);
  if (until === 'quotes') return draft;
  draft = findSources(draft, context);
  if (until === 'sources') return draft;
  return findLists(draft);
}
