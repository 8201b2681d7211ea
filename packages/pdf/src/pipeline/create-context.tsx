import {
  type Article,
  type Figure,
  type FigureImage,
  formatPath,
  type Node,
  type PhrasingContent,
  type Section,
} from '@kiji/core';
import { View } from '@react-pdf/renderer';
import { createElement, Fragment } from 'react';
import type { BlockPlace, JsonPath, RenderContext, RunStyle, SourcedRun } from '../context.js';
import type { RenderFonts } from '../fonts/register-fonts.js';
import type { BlockHandler, Handlers, PhrasingHandler } from '../handlers/index.js';
import { trailingMargin } from '../handlers/keep-with-next.js';
import { labelsFor } from '../labels.js';
import type { Layout } from '../theme.js';
import { type MissingGlyph, TypesetText } from '../typeset.js';
import type { PdfWarning } from '../warnings.js';
import type { SectionInfo } from './number-sections.js';
import type { ResolvedReferences } from './resolve-sources.js';

/** Boxes keep their height; pagination, not yoga's flex shrinking, deals with a full page. */
const NO_SHRINK = { flexShrink: 0 } as const;

const PHRASING = new Set<string>([
  'text',
  'emphasis',
  'strong',
  'link',
  'break',
  'sourceReference',
  'noteReference',
]);

/** Everything one render needs, bundled into the context handed to every handler. */
export interface ContextInput {
  article: Article;
  layout: Layout;
  fonts: RenderFonts;
  handlers: Handlers;
  references: ResolvedReferences;
  sections: Map<Section, SectionInfo>;
  figures: Map<Figure, FigureImage>;
  /** Starts every id and link target (default none). */
  idPrefix?: string;
  warn: (warning: PdfWarning) => void;
}

/** Build the render context: dispatch to handlers, runs, the line composer and glyph checks. */
export function createContext(input: ContextInput): RenderContext {
  const { article, layout, fonts, handlers, warn } = input;
  const reported = new Set<string>();
  const fileOf = (family: string): string =>
    fonts.set.faces
      .find((face) => face.family === family)
      ?.src.split('/')
      .at(-1) ?? family;

  const reportMissing = (runs: SourcedRun[], missing: MissingGlyph[]): void => {
    for (const glyph of missing) {
      const run = runs[glyph.runIndex];
      const origin = run?.origin;
      const path = formatPath(origin?.path ?? []);
      const key = `${path}\u0000${glyph.char}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const codePoint = glyph.char.codePointAt(0) ?? 0;
      const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
      const where = `"${glyph.char}" ${code} at offset ${(origin?.offset ?? 0) + glyph.offset}`;
      warn({
        code: 'missing-glyph',
        path,
        message: glyph.fallback
          ? `${where} is not in the main font; drawn with the fallback font ${fileOf(glyph.fallback)}`
          : `${where} is in none of the fonts and shows as an empty box${glyph.notdef ? ` (the .notdef glyph of ${fileOf(glyph.notdef)}, embedded)` : ''}: add a font that has it to fonts.fallback`,
      });
    }
  };

  const context: RenderContext = {
    article,
    layout,
    fonts,
    labels: labelsFor(article.meta.language),
    references: input.references,
    sections: input.sections,
    figures: input.figures,
    idPrefix: input.idPrefix ?? '',
    width: layout.bodyWidth,
    path: [],
    spaceAbove: 0,
    handlers,
    warn,
    serif: (fontSize = layout.sizes.body, weight = 'normal'): RunStyle => ({
      fontFamily: fonts.serif,
      fontWeight: weight,
      fontSize,
      color: layout.theme.colors.text,
    }),
    sans: (fontSize = layout.sizes.body, weight = 'normal'): RunStyle => ({
      fontFamily: fonts.sans,
      fontWeight: weight,
      fontSize,
      color: layout.theme.colors.text,
    }),
    block: () => null,
    blocks: () => [],
    runs: () => [],
    text: () => <View />,
  };

  // `owner` is the node whose handler gets `current`: the parent of what that handler renders.
  const withPlace = (
    current: RenderContext,
    owner: Node | undefined,
    path: JsonPath,
    overrides?: BlockPlace,
  ): RenderContext => {
    const { parent: _parent, keepWithNext: _keepWithNext, ...inherited } = current;
    return {
      ...inherited,
      ...(owner ? { parent: owner } : {}),
      path,
      width: overrides?.width ?? current.width,
      spaceAbove: overrides?.spaceAbove ?? 0,
      ...(overrides?.keepWithNext !== undefined ? { keepWithNext: overrides.keepWithNext } : {}),
    };
  };

  const bind = (current: RenderContext, owner?: Node): RenderContext => {
    const self: RenderContext = {
      ...current,
      block: (node, path, overrides) => {
        const child = bind(withPlace(self, owner, path, overrides), node);
        const handler = (handlers as unknown as Record<string, BlockHandler<Node> | undefined>)[node.type];
        if (!handler || PHRASING.has(node.type)) return handlers.unknown(node, child);
        return handler(node, child);
      },
      blocks: (nodes, path, overrides) => {
        let spaceAbove = 0;
        const { keepWithNext, ...rest } = overrides ?? {};
        return nodes.map((node, index) => {
          const place = [...path, index];
          // What follows the list follows its last block.
          const last = index === nodes.length - 1 && keepWithNext !== undefined ? { keepWithNext } : {};
          const element = self.block(node, place, { ...rest, ...last, spaceAbove });
          spaceAbove = trailingMargin(element);
          // A keyed fragment, not a wrapping View: react-pdf keeps a View's first child on a full
          // page when nothing of it fits, which drew the last lines of a page over each other.
          return createElement(Fragment, { key: formatPath(place) }, element);
        });
      },
      runs: (content, path, style) =>
        content.flatMap((node: PhrasingContent, index) => {
          const handler = (
            handlers as unknown as Record<string, PhrasingHandler<PhrasingContent> | undefined>
          )[node.type];
          if (!handler || !PHRASING.has(node.type))
            return handlers.unknown(node, bind(withPlace(self, owner, [...path, index])));
          return handler(node, self, style, [...path, index]);
        }),
      text: (runs, options, style, keepWithNext) => {
        const visible = runs.filter((run) => run.text.length > 0);
        // Called directly, not as <TypesetText>: composer errors surface here instead of being
        // swallowed by the reconciler.
        return TypesetText({
          runs: visible,
          options: {
            width: options.width ?? self.width,
            // Whole points: yoga rounds box edges to whole points, and a line box rounded below
            // its line height is dropped by react-pdf (a fractional 18.9 pt can lose lines).
            lineHeight: Math.round(options.lineHeight),
            align: options.align ?? 'start',
            language: article.meta.language,
            ...(options.firstLineIndent ? { firstLineIndent: options.firstLineIndent } : {}),
            ...(options.phrases ? { phrases: true } : {}),
            ...(options.balance !== undefined ? { balance: options.balance } : {}),
            ...(options.hanging !== undefined ? { hanging: options.hanging } : {}),
            ...((options.latinSpacing ?? layout.theme.latinSpacing) > 0
              ? { latinSpacing: options.latinSpacing ?? layout.theme.latinSpacing }
              : {}),
          },
          fonts: fonts.set,
          onMissing: (missing) => reportMissing(visible, missing),
          // Never shrunk by yoga when a page overflows: lines would be drawn over each other.
          style: { ...NO_SHRINK, ...style },
          ...(keepWithNext ? { keepWithNext } : {}),
          ...(options.tag ? { tag: options.tag } : {}),
        });
      },
    };
    return self;
  };
  return bind(context, article);
}
