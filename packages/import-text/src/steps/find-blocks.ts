import {
  introducesQuote,
  isConclusionHeading,
  isHeadingLike,
  matchListItem,
  matchNumberedHeading,
} from '../patterns.js';
import { displayWidth, endsSentence, isCjkChar } from '../text.js';
import type { Block, HeadingBlock, Line, ListItemBlock, ParagraphBlock } from '../types.js';

const QUOTE_MARK = /^(?:>|＞|&gt;)\s?(.*)$/u;

/**
 * Group lines into blocks: paragraphs (hard-wrapped lines joined), list items (with their
 * continuation lines), `> quoted` paragraphs, numbered headings, and short heading-like lines.
 */
export function findBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  const runs = toRuns(lines);
  const growing = new Growing();
  for (const [runIndex, run] of runs.entries()) {
    const nextRun = runs[runIndex + 1];
    for (const [index, line] of run.entries()) {
      const last = blocks.at(-1);
      const block = readLine(
        line,
        run[index - 1],
        run[index + 1] ?? nextRun?.[0],
        last,
        index === 0,
        growing,
      );
      if (block !== undefined) blocks.push(block);
    }
  }
  growing.finish();
  return markHeadings(blocks);
}

/**
 * The texts of blocks that are still growing, kept as pieces and joined once at the end: joining
 * each line onto the whole paragraph so far would copy it again for every line (a page of
 * thousands of `>>1` lines is one paragraph).
 */
class Growing {
  readonly #pieces = new Map<ParagraphBlock | ListItemBlock, { pieces: string[]; length: number }>();

  /** Append `text` to `block`'s text; returns the offset where it starts in the joined text. */
  append(block: ParagraphBlock | ListItemBlock, text: string): number {
    let entry = this.#pieces.get(block);
    if (entry === undefined) {
      entry = { pieces: [block.text], length: block.text.length };
      this.#pieces.set(block, entry);
    }
    const separator = joiner(entry.pieces.at(-1) ?? '', text);
    if (separator !== '') entry.pieces.push(separator);
    entry.pieces.push(text);
    entry.length += separator.length + text.length;
    return entry.length - text.length;
  }

  /** Write the joined texts into their blocks. */
  finish(): void {
    for (const [block, { pieces }] of this.#pieces) block.text = pieces.join('');
    this.#pieces.clear();
  }
}

/** Runs of consecutive non-blank lines. */
function toRuns(lines: Line[]): Line[][] {
  const runs: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) runs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** Turn one line into a new block, or extend `previous` (returns undefined then). */
function readLine(
  line: Line,
  before: Line | undefined,
  after: Line | undefined,
  previous: Block | undefined,
  startsRun: boolean,
  growing: Growing,
): Block | undefined {
  const quoted = QUOTE_MARK.exec(line.text);
  if (quoted) {
    const text = quoted[1]!.trim();
    if (!startsRun && previous?.kind === 'paragraph' && previous.quoteMarked && text !== '') {
      extend(previous, text, line.number, growing);
      return undefined;
    }
    if (text === '') return undefined;
    return { kind: 'paragraph', line: line.number, text, quoteMarked: true };
  }
  const heading = matchNumberedHeading(line.text);
  if (
    heading !== undefined &&
    isNumberedHeading(heading.text, heading.hashes !== undefined, previous, after, startsRun)
  ) {
    const block: HeadingBlock = { kind: 'heading', line: line.number, text: heading.text, level: 'section' };
    if (heading.number !== undefined) block.number = heading.number;
    if (heading.hashes !== undefined) block.number = `#${heading.hashes}`;
    if (isConclusionHeading(line.text) || isConclusionHeading(heading.text)) {
      return { kind: 'heading', line: line.number, text: heading.text, level: 'conclusion' };
    }
    return block;
  }
  const item = matchListItem(line.text);
  if (item !== undefined && !(item.heavy && isLoneHeavyHeading(line, before, after, item.text))) {
    const block: ListItemBlock = {
      kind: 'listItem',
      line: line.number,
      text: item.text,
      ordered: item.ordered,
      indent: line.indent,
    };
    if (item.number !== undefined) block.number = item.number;
    return block;
  }
  if (item?.heavy) {
    return { kind: 'heading', line: line.number, text: item.text, level: 'subsection' };
  }
  // A continuation line indented under a list item belongs to that item.
  if (!startsRun && previous?.kind === 'listItem' && line.indent > previous.indent) {
    growing.append(previous, line.text);
    return undefined;
  }
  if (!startsRun && previous?.kind === 'paragraph' && !previous.quoteMarked && before && isWrapped(before)) {
    extend(previous, line.text, line.number, growing);
    return undefined;
  }
  return { kind: 'paragraph', line: line.number, text: line.text };
}

/**
 * A numbered line is a heading when it is heading-sized and neither of its neighbours (across
 * blank lines) is another numbered or list line: runs of numbered lines are lists.
 */
function isNumberedHeading(
  text: string,
  markdown: boolean,
  previous: Block | undefined,
  after: Line | undefined,
  startsRun: boolean,
): boolean {
  if (markdown) return true;
  if (!isHeadingLike(text, 120)) return false;
  if (previous?.kind === 'listItem' && (previous.ordered || !startsRun)) return false;
  const isItem = (neighbour: Line | undefined) =>
    neighbour !== undefined &&
    (matchListItem(neighbour.text)?.ordered === true || matchNumberedHeading(neighbour.text) !== undefined);
  return !isItem(after);
}

/** `■ 見出し` alone between paragraphs is a heading; a run of them is a list. */
function isLoneHeavyHeading(
  line: Line,
  before: Line | undefined,
  after: Line | undefined,
  text: string,
): boolean {
  const heavy = (neighbour: Line | undefined) =>
    neighbour !== undefined && matchListItem(neighbour.text)?.heavy;
  return isHeadingLike(text) && !heavy(before) && !heavy(after) && line.indent === 0;
}

/** A line that reached the wrap width without ending a sentence: the next line continues it. */
function isWrapped(line: Line): boolean {
  return !endsSentence(line.text) && displayWidth(line.text) >= 60 && !/[:：]$/u.test(line.text);
}

/** Append a line to a paragraph, remembering where it starts. */
function extend(paragraph: ParagraphBlock, text: string, line: number, growing: Growing): void {
  const offset = growing.append(paragraph, text);
  paragraph.starts ??= [];
  paragraph.starts.push({ offset, line });
}

/**
 * What goes between two pieces of one paragraph: nothing between Japanese characters or after a
 * hyphenated word's first half, else a space. Only the end of `left` is looked at.
 */
function joiner(left: string, right: string): string {
  const tail = left.slice(-3);
  const last = left.at(-1) ?? '';
  const first = right[0] ?? '';
  if (/\p{L}-$/u.test(tail) && /^\p{Ll}/u.test(right)) return '';
  if (isCjkChar(last) && isCjkChar(first)) return '';
  return ' ';
}

/**
 * Short heading-like paragraphs followed by a paragraph or a list become headings (level decided by
 * findSections); never the paragraph that a quote introduction announces.
 */
function markHeadings(blocks: Block[]): Block[] {
  return blocks.map((block, index) => {
    if (block.kind !== 'paragraph' || block.quoteMarked) return block;
    const previous = blocks[index - 1];
    const next = blocks[index + 1];
    if (previous?.kind === 'paragraph' && introducesQuote(previous.text, block.text)) return block;
    if (isConclusionHeading(block.text) && next !== undefined && next.kind !== 'heading') {
      return {
        kind: 'heading',
        line: block.line,
        text: block.text,
        level: 'conclusion',
      } satisfies HeadingBlock;
    }
    if (!isHeadingLike(block.text)) return block;
    if (next?.kind === 'listItem') {
      return {
        kind: 'heading',
        line: block.line,
        text: block.text,
        level: 'subsection',
      } satisfies HeadingBlock;
    }
    if (next?.kind !== 'paragraph') return block;
    if (displayWidth(next.text) < displayWidth(block.text) && !endsSentence(next.text)) return block;
    return {
      kind: 'heading',
      line: block.line,
      text: block.text,
      level: 'subsection',
    } satisfies HeadingBlock;
  });
}
