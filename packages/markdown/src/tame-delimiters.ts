import type { Root } from 'mdast';
import type { Node, Point } from 'unist';
import type { LineIndex } from './places.js';

/**
 * How many emphasis marks (`*`, `_`) or brackets (`[`, `]`) one paragraph may hold before they
 * are read as literal characters. micromark matches emphasis and links by scanning back over
 * the marks before each one, so its time grows with the square of their number in one
 * paragraph (`*` × 8,000, `a`, `*` × 8,000 took 12 s, 50,000 over a minute); under this cap a
 * paragraph costs at most a few milliseconds. Real paragraphs use a handful.
 */
export const MAX_DELIMITERS_PER_PARAGRAPH = 200;

/** A paragraph whose marks were escaped: where it starts and what was escaped. */
export interface TamedParagraph {
  /** 1-based line where the paragraph starts. */
  line: number;
  /** The characters that were escaped, e.g. `*_`. */
  marks: string;
  /** How many of them the paragraph held. */
  count: number;
}

/** The text to parse and how to map its offsets back to the text as written. */
export interface TamedText {
  /** The text with a backslash before each escaped mark. */
  text: string;
  /** Offsets in the original text before which a backslash was inserted, ascending. */
  inserted: number[];
  /** The paragraphs that were changed. */
  paragraphs: TamedParagraph[];
}

const EMPHASIS = new Set(['*', '_']);
const BRACKETS = new Set(['[', ']']);

/**
 * Escape the emphasis marks and brackets of paragraphs that hold more than `max` of them, so
 * remark reads them as text in linear time. Blocks of non-blank lines count as one paragraph
 * (a list without blank lines is one), front matter and fenced code are left alone, and so is
 * anything between `{` and `}` on a line (directive and heading attributes).
 */
export function tameDelimiters(source: string, max = MAX_DELIMITERS_PER_PARAGRAPH): TamedText {
  const lines = splitKeepingEnds(source);
  const inserted: number[] = [];
  const paragraphs: TamedParagraph[] = [];
  let offset = 0;
  let index = 0;
  let fence: string | undefined;
  if (/^---\r?\n?$/.test(lines[0] ?? '')) {
    // YAML front matter runs to the next `---` line.
    index = 1;
    offset = lines[0]!.length;
    while (index < lines.length && !/^---\s*$/.test(lines[index]!)) offset += lines[index++]!.length;
    if (index < lines.length) offset += lines[index++]!.length;
  }
  while (index < lines.length) {
    const line = lines[index]!;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      offset += line.length;
      index++;
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      offset += line.length;
      index++;
      continue;
    }
    if (line.trim() === '') {
      offset += line.length;
      index++;
      continue;
    }
    // A paragraph: non-blank lines up to a blank line or a fence.
    const start = index;
    const startOffset = offset;
    let end = index;
    let endOffset = offset;
    while (
      end < lines.length &&
      lines[end]!.trim() !== '' &&
      (end === start || !/^ {0,3}(`{3,}|~{3,})/.test(lines[end]!))
    ) {
      endOffset += lines[end]!.length;
      end++;
    }
    const text = source.slice(startOffset, endOffset);
    const counts = countMarks(text);
    const escaped = new Set<string>();
    if (counts.emphasis > max) for (const mark of EMPHASIS) escaped.add(mark);
    if (counts.brackets > max) for (const mark of BRACKETS) escaped.add(mark);
    if (escaped.size > 0) {
      for (const at of escapable(text, escaped)) inserted.push(startOffset + at);
      paragraphs.push({
        line: start + 1,
        marks: [...escaped].join(''),
        count: (counts.emphasis > max ? counts.emphasis : 0) + (counts.brackets > max ? counts.brackets : 0),
      });
    }
    index = end;
    offset = endOffset;
  }
  if (inserted.length === 0) return { text: source, inserted, paragraphs };
  const pieces: string[] = [];
  let from = 0;
  for (const at of inserted) {
    pieces.push(source.slice(from, at), '\\');
    from = at;
  }
  pieces.push(source.slice(from));
  return { text: pieces.join(''), inserted, paragraphs };
}

/** Lines with their line endings, so lengths add up to offsets. */
function splitKeepingEnds(source: string): string[] {
  const lines = source.split('\n').map((line) => `${line}\n`);
  const last = lines.pop()!.slice(0, -1);
  if (last !== '') lines.push(last);
  return lines;
}

/** Unescaped emphasis marks and brackets outside `{…}`. */
function countMarks(text: string): { emphasis: number; brackets: number } {
  let emphasis = 0;
  let brackets = 0;
  for (const at of escapable(text, new Set([...EMPHASIS, ...BRACKETS]))) {
    if (EMPHASIS.has(text[at]!)) emphasis++;
    else brackets++;
  }
  return { emphasis, brackets };
}

/** Offsets of the characters in `marks` that are not escaped already and not inside `{…}`. */
function* escapable(text: string, marks: ReadonlySet<string>): Generator<number> {
  let braces = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === '\\') {
      at++;
    } else if (char === '\n') {
      braces = 0;
    } else if (char === '{') {
      braces++;
    } else if (char === '}') {
      braces = Math.max(0, braces - 1);
    } else if (braces === 0 && marks.has(char)) {
      yield at;
    }
  }
}

/**
 * Move every position in `tree` (parsed from the tamed text) back to the text as written, so
 * lines, columns and offsets in messages point where the user wrote them.
 */
export function restorePositions(tree: Root, inserted: readonly number[], lines: LineIndex): void {
  if (inserted.length === 0) return;
  // The backslash for inserted[i] sits at inserted[i] + i in the tamed text.
  const shifted = inserted.map((at, index) => at + index);
  const original = (offset: number): number => {
    let low = 0;
    let high = shifted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (shifted[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return offset - low;
  };
  const fix = (point: Point) => {
    if (point.offset === undefined) return;
    const offset = original(point.offset);
    const place = lines.place(offset);
    point.offset = offset;
    point.line = place.line;
    point.column = place.column;
  };
  const visit = (node: Node & { children?: Node[] }) => {
    if (node.position) {
      fix(node.position.start);
      fix(node.position.end);
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child);
  };
  visit(tree);
}
