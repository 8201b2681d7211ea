import type { Article, Figure, FigureImage, Node, PhrasingContent, Section } from '@kiji/core';
import type { ReactElement, ReactNode } from 'react';
import type { RenderFonts } from './fonts/register-fonts.js';
import type { Handlers } from './handlers/types.js';
import type { Labels } from './labels.js';
import type { SectionInfo } from './pipeline/number-sections.js';
import type { ResolvedReferences } from './pipeline/resolve-sources.js';
import type { PdfTag, TagProp } from './tagging/tags.js';
import type { Layout } from './theme.js';
import type { StyledRun, TypesetOptions } from './typeset.js';
import type { PdfWarning } from './warnings.js';

/** A JSON path from the article root, e.g. `['children', 2, 'children', 0]`. */
export type JsonPath = (string | number)[];

/**
 * A style object as react-pdf takes it (`{ fontSize: 9, marginTop: 6 }`), declared loosely here so
 * that Kiji's public types need none of react-pdf's own declarations.
 */
export type Style = { [property: string]: string | number | undefined };

/** A run together with where its text comes from, for warnings. */
export interface SourcedRun extends StyledRun {
  /** Path of the model's `text` node (or of the generated label's owner) and offset in it. */
  origin?: { path: JsonPath; offset: number; generated?: boolean };
}

/** How a run should look; phrasing handlers refine it for their children. */
export interface RunStyle {
  fontFamily: string;
  fontWeight: 'normal' | 'bold';
  fontSize: number;
  color: string;
  href?: string;
  underline?: boolean;
  /** The structure element of the runs inside their block (a link), or an artifact (tagged PDF). */
  tag?: TagProp;
}

/** What a parent may set for the block it renders (the rest comes from the parent's context). */
export type BlockPlace = Partial<Pick<RenderContext, 'width' | 'spaceAbove' | 'keepWithNext'>>;

/** Everything a handler may use; one per render, narrowed (width, path) on the way down. */
export interface RenderContext {
  article: Article;
  layout: Layout;
  fonts: RenderFonts;
  labels: Labels;
  references: ResolvedReferences;
  sections: Map<Section, SectionInfo>;
  /** Starts every id and internal link target, so several articles can share one document. */
  idPrefix: string;
  /** Every figure's image, read before layout (`loadFigures`). */
  figures: Map<Figure, FigureImage>;
  /** Width available to the current block, in points. */
  width: number;
  /** Path of the node being rendered. */
  path: JsonPath;
  /**
   * The node whose handler rendered this one: the article for top-level blocks, the section, the
   * lede, a quote, a list item, an aside, a note… The default `paragraph` handler sets a
   * paragraph by it (the lede's larger, a quote's smaller, flush in lists and boxes).
   */
  parent?: Node;
  /**
   * Room the block after this one needs on the page of this block's last lines (a quote's
   * attribution after its last paragraph); set by the parent for one block, never inherited.
   */
  keepWithNext?: number;
  /** The handlers of this render (defaults with the caller's merged over them). */
  handlers: Handlers;
  /**
   * The bottom margin the block before this one already leaves (0 for a first block): a heading's
   * space above collapses with it, as CSS margins do, instead of adding to it.
   */
  spaceAbove: number;
  /**
   * Render one block node at `path` (relative to the article root) with its handler; the
   * handler's `ctx.parent` is the node this context belongs to.
   */
  block: (node: Node, path: JsonPath, overrides?: BlockPlace) => ReactNode;
  /** Render a list of block nodes that sit at `path[key][i]`. */
  blocks: (nodes: readonly Node[], path: JsonPath, overrides?: BlockPlace) => ReactNode[];
  /** Turn phrasing content at `path` into styled runs. */
  runs: (content: readonly PhrasingContent[], path: JsonPath, style: RunStyle) => SourcedRun[];
  /** Set runs as a block of lines (through the line composer) and report missing glyphs. */
  text: (
    runs: SourcedRun[],
    /** `tag`: the block's structure element (`{ type: 'P' }`, a heading); default none, so
     * its text belongs to the element around it. */
    options: Partial<TypesetOptions> & { lineHeight: number; tag?: PdfTag },
    style?: Style,
    /** Room the next block needs on the page of the last lines (`TypesetTextProps.keepWithNext`). */
    keepWithNext?: number,
  ) => ReactElement;
  /** Report a problem that does not stop the render. */
  warn: (warning: PdfWarning) => void;
  /** Run style of body text (Mincho) at a size. */
  serif: (fontSize?: number, weight?: 'normal' | 'bold') => RunStyle;
  /** Run style of Gothic text at a size. */
  sans: (fontSize?: number, weight?: 'normal' | 'bold') => RunStyle;
}
