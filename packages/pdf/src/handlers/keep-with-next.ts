import { Image, View } from '@react-pdf/renderer';
import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { type BlockHeights, edgeSpace, typesetHeights } from '../typeset/typeset-text.js';
import { SplitGuard } from './split-guard.js';

/**
 * How much of the blocks after a heading must fit on the page for the heading to stay there.
 *
 * react-pdf's `minPresenceAhead` is geometric: it keeps a heading on the page when that much
 * room is left below it, whether or not the next block can actually start there. A three-line
 * paragraph cannot be split (two lines must stay at each end), a figure never is, so a fixed
 * presence strands the heading at the bottom of the page with its paragraph on the next one.
 * This walks the element tree the handlers built and adds up the height of the part of the
 * following content that cannot be separated from its start: the first lines group of a
 * paragraph (at least `minLines` lines of it, where the paragraph may break there), a whole
 * unbreakable box, a nested heading with its own presence. Returns `undefined` when some box on
 * the way has a height only layout knows.
 */
export function leadingHeight(node: ReactNode, minLines = 0): number | undefined {
  if (Array.isArray(node)) {
    const first = node.find((child) => child != null && child !== false && !isGuard(child));
    return first === undefined ? 0 : leadingHeight(first as ReactNode, minLines);
  }
  if (!isValidElement(node)) return node == null || node === false ? 0 : undefined;
  const element = node as ReactElement<Record<string, unknown>>;
  const measured = typesetHeights.get(element);
  if (measured) return firstLinesHeight(measured, minLines);
  if (element.type === Fragment) return leadingHeight(element.props.children as ReactNode, minLines);
  if (element.type === Image) return fullHeight(element);
  if (element.type !== View) return undefined;
  const { props } = element;
  const style = props.style as Record<string, unknown> | undefined;
  const top = edgeSpace(style, 'top');
  const children = childList(props.children as ReactNode);
  // A heading (or term) with its own presence: itself whole, then what it keeps with it.
  if (typeof props.minPresenceAhead === 'number') {
    const kept = fullHeight(element);
    return kept === undefined ? undefined : kept + props.minPresenceAhead;
  }
  if (props.wrap === false) return fullHeight(element);
  if (style?.flexDirection === 'row')
    return plus(top, max(children.map((child) => leadingHeight(child, minLines))));
  return plus(top, leadingHeight(children, minLines));
}

/**
 * The height of a paragraph's first `minLines` lines (or of its first unbreakable group when
 * that is longer): where the page may break after them without leaving fewer than its last
 * group's lines for the next page; else the whole paragraph.
 */
function firstLinesHeight(measured: BlockHeights, minLines: number): number {
  if (minLines <= measured.headLines) return measured.head;
  const lines = minLines <= measured.lines - measured.tailLines ? minLines : measured.lines;
  return measured.top + lines * measured.lineHeight;
}

/** The whole height of a block with its margins, or `undefined` when only layout knows it. */
export function fullHeight(node: ReactNode): number | undefined {
  if (Array.isArray(node)) return sum(node.map((child) => fullHeight(child as ReactNode)));
  if (!isValidElement(node)) return node == null || node === false ? 0 : undefined;
  const element = node as ReactElement<Record<string, unknown>>;
  const measured = typesetHeights.get(element);
  if (measured) return measured.full;
  if (element.type === Fragment) return fullHeight(element.props.children as ReactNode);
  if (element.type !== View && element.type !== Image) return undefined;
  const style = element.props.style as Record<string, unknown> | undefined;
  const edges = edgeSpace(style, 'top') + edgeSpace(style, 'bottom');
  if (typeof style?.height === 'number') {
    // A fixed height includes padding and border (yoga's border-box); margins come on top.
    const margins =
      edgeSpace(
        { marginTop: style.marginTop, marginVertical: style.marginVertical, margin: style.margin },
        'top',
      ) +
      edgeSpace(
        { marginBottom: style.marginBottom, marginVertical: style.marginVertical, margin: style.margin },
        'bottom',
      );
    return style.height + margins;
  }
  if (element.type === Image) return undefined;
  const children = childList(element.props.children as ReactNode);
  const inner =
    style?.flexDirection === 'row' ? max(children.map(fullHeight)) : sum(children.map(fullHeight));
  return plus(edges, inner);
}

const isGuard = (node: unknown): boolean => isValidElement(node) && node.type === SplitGuard;

const childList = (children: ReactNode): ReactNode[] =>
  Array.isArray(children) ? children : children === undefined ? [] : [children];

const plus = (a: number, b: number | undefined) => (b === undefined ? undefined : a + b);

function sum(values: (number | undefined)[]): number | undefined {
  let total = 0;
  for (const value of values) {
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

function max(values: (number | undefined)[]): number | undefined {
  let most = 0;
  for (const value of values) {
    if (value === undefined) return undefined;
    most = Math.max(most, value);
  }
  return most;
}

/** A heading never ends a page without at least this many lines of what follows it. */
export const HEADING_KEEP_LINES = 3;

/**
 * The `minPresenceAhead` for a heading (or term) followed by `following`: the height of what must
 * come with it (at least `minLines` lines of a paragraph), or `fallback` when that cannot be
 * known before layout.
 */
export const presenceFor = (following: ReactNode, fallback: number, minLines = 0): number => {
  const height = leadingHeight(following, minLines);
  // Half a point of slack for yoga's rounding of box edges (lines are whole points; margins are
  // not, and yoga rounds each edge to the nearest point). A whole point kept headings off pages
  // where their lines did fit.
  return height === undefined ? fallback : height + 0.5;
};

/** Whether a block is a `TypesetText` block of one unbreakable group of lines. */
export function isUnsplittable(node: ReactNode): boolean {
  if (Array.isArray(node)) return node.length === 1 && isUnsplittable(node[0] as ReactNode);
  if (!isValidElement(node)) return false;
  if (node.type === Fragment) return isUnsplittable((node.props as { children?: ReactNode }).children);
  const measured = typesetHeights.get(node);
  return measured !== undefined && measured.groups <= 1;
}

/** The bottom margin of the last block in `node` (zero when there is none). */
export function trailingMargin(node: ReactNode): number {
  if (Array.isArray(node)) {
    const last = [...node].reverse().find((child) => child != null && child !== false);
    return last === undefined ? 0 : trailingMargin(last as ReactNode);
  }
  if (!isValidElement(node)) return 0;
  const props = node.props as { children?: ReactNode; style?: Record<string, unknown> };
  if (node.type === Fragment) return trailingMargin(props.children);
  const style = props.style ?? {};
  const margin = [style.marginBottom, style.marginVertical, style.margin].find(
    (value) => typeof value === 'number',
  );
  return typeof margin === 'number' ? margin : 0;
}
