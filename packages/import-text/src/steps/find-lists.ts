import { displayWidth } from '../text.js';
import type { Block, Draft, ListBlock, ListItemBlock, TermListBlock } from '../types.js';
import { mapContainers } from './containers.js';

// The s flag lets `.*$` take whatever follows, so a failed match does not backtrack into it.
// redos: the lazy term is at most 40 characters, so a line is scanned at most 40 times.
const TERM_COLON = /^(?:\*\*|__)?([^:：。．.!?！？]{1,40}?)(?:\*\*|__)?\s*[:：]\s*(?!\/\/)(\S.*)$/su;
const TERM_DASH = /^([^—–。.!?]{1,40}?)\s+[—–]\s+(\S.*)$/su;

/**
 * Group consecutive list items into lists (deeper indentation nests under the item above);
 * a flat list whose items all read `term: definition` becomes a term list.
 */
export function findLists(draft: Draft): Draft {
  return mapContainers(draft, groupLists);
}

function groupLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let run: ListItemBlock[] = [];
  const flush = () => {
    if (run.length > 0) out.push(toTermList(run) ?? toList(run));
    run = [];
  };
  for (const block of blocks) {
    if (block.kind === 'listItem') {
      // A bullet right after a numbered run (or the reverse) at the same depth starts a new list.
      const first = run[0];
      if (first !== undefined && block.indent <= first.indent && block.ordered !== first.ordered) flush();
      run.push(block);
    } else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out;
}

function toList(items: ListItemBlock[]): ListBlock {
  const first = items[0]!;
  const list: ListBlock = { kind: 'list', line: first.line, ordered: first.ordered, items: [] };
  if (first.ordered && first.number !== undefined && first.number !== 1) list.start = first.number;
  let nested: ListItemBlock[] = [];
  const flushNested = () => {
    const parent = list.items.at(-1);
    if (nested.length > 0 && parent !== undefined) parent.children.push(toList(nested));
    nested = [];
  };
  for (const item of items) {
    if (item.indent > first.indent && list.items.length > 0) {
      nested.push(item);
      continue;
    }
    flushNested();
    list.items.push({ text: item.text, line: item.line, children: [] });
  }
  flushNested();
  return list;
}

function toTermList(items: ListItemBlock[]): TermListBlock | undefined {
  if (items.length < 2 || items.some((item) => item.indent !== items[0]!.indent)) return undefined;
  const terms: TermListBlock['items'] = [];
  for (const item of items) {
    const match = TERM_COLON.exec(item.text) ?? TERM_DASH.exec(item.text);
    if (!match || displayWidth(match[1]!.trim()) > 40 || match[1]!.trim() === '') return undefined;
    terms.push({ term: match[1]!.trim(), definition: match[2]!.trim(), line: item.line });
  }
  return { kind: 'termList', line: items[0]!.line, items: terms };
}
