import { type PhrasingContent, toPlainText } from '@kiji/core';
import { View } from '@react-pdf/renderer';
import type { RenderContext, SourcedRun } from '../context.js';
import { headingType, tagged } from '../tagging/tags.js';
import { composeLines } from '../typeset/index.js';
import { BookmarkView } from './bookmark-view.js';
import { HEADING_KEEP_LINES, presenceFor } from './keep-with-next.js';
import { SplitGuard } from './split-guard.js';
import type { Handlers } from './types.js';

/**
 * A heading set in Gothic, broken at phrase boundaries. A number hangs: the lines after the first
 * start under the title text, not under the number (a hanging indent as wide as the number and
 * its space). Callers keep it with what follows it (`presenceFor`).
 */
export function renderHeading(
  ctx: RenderContext,
  heading: readonly PhrasingContent[],
  headingPath: (string | number)[],
  depth: number,
  number?: string,
) {
  const { sizes, theme } = ctx.layout;
  const size = depth <= 1 ? sizes.h2 : depth === 2 ? sizes.h3 : sizes.h4;
  const style = { ...ctx.sans(size, 'bold'), color: theme.colors.heading };
  const lineHeight = size * 1.45;
  const numberRuns = number
    ? [
        {
          ...style,
          color: theme.colors.accent,
          text: `${number}${ctx.layout.japanese ? '\u3000' : '\u2002'}`,
          origin: { path: [...ctx.path, 'number'], offset: 0, generated: true },
          tag: { type: 'Lbl' as const },
        },
      ]
    : [];
  const hang = numberRuns.length > 0 ? measureWidth(ctx, numberRuns, lineHeight) : 0;
  // Never hang more than a third of the measure: a long "number" wraps like text instead.
  const indent = hang > 0 && hang < ctx.width / 3 ? hang : 0;
  return ctx.text(
    [...numberRuns, ...ctx.runs(heading, headingPath, style)],
    {
      width: ctx.width - indent,
      lineHeight,
      align: 'start',
      phrases: true,
      ...(indent > 0 ? { firstLineIndent: -indent } : {}),
      // Level 1 is the article's title: sections start at H2.
      tag: { type: headingType(depth + 1) },
    },
    {
      // Collapsed with the bottom margin of the block before, as CSS margins are.
      marginTop: Math.max(0, (depth <= 1 ? sizes.body * 1.9 : sizes.body * 1.2) - ctx.spaceAbove),
      marginBottom: depth <= 1 ? sizes.body * 0.8 : sizes.body * 0.5,
      ...(indent > 0 ? { paddingLeft: indent } : {}),
      ...(depth <= 1
        ? { paddingBottom: sizes.body * 0.3, borderBottomWidth: 0.6, borderBottomColor: theme.colors.rule }
        : {}),
    },
  );
}

/** The natural width of runs set on one line. */
function measureWidth(ctx: RenderContext, runs: SourcedRun[], lineHeight: number): number {
  const { lines } = composeLines(
    runs,
    { width: ctx.width * 4, lineHeight, align: 'start', language: ctx.article.meta.language },
    ctx.fonts.set,
  );
  return lines.length === 1 ? (lines[0]?.width ?? 0) : 0;
}

/** Sections (with an outline entry each) and the conclusion. */
export const sectionHandlers: Pick<Handlers, 'section' | 'conclusion'> = {
  section: (node, ctx) => {
    const info = ctx.sections.get(node);
    const depth = info?.depth ?? 1;
    const heading = renderHeading(ctx, node.heading, [...ctx.path, 'heading'], depth, node.number);
    const children = ctx.blocks(node.children, [...ctx.path, 'children']);
    return tagged(
      <BookmarkView
        bookmark={{ title: info?.outlineTitle ?? '', fit: true }}
        {...(node.id ? { id: `${ctx.idPrefix}${node.id}` } : {})}
      >
        <SplitGuard />
        <View
          wrap={false}
          minPresenceAhead={presenceFor(children, ctx.layout.sizes.body * 5, HEADING_KEEP_LINES)}
        >
          {heading}
        </View>
        {children}
      </BookmarkView>,
      { type: 'Sect' },
    );
  },
  conclusion: (node, ctx) => {
    const headingPath = [...ctx.path, 'heading'];
    const heading = node.heading ?? [{ type: 'text' as const, value: ctx.labels.conclusion }];
    const title = node.heading ? toPlainText(node.heading).trim() : ctx.labels.conclusion;
    const children = ctx.blocks(node.children, [...ctx.path, 'children']);
    return tagged(
      <BookmarkView bookmark={{ title, fit: true }} {...(node.id ? { id: `${ctx.idPrefix}${node.id}` } : {})}>
        <SplitGuard />
        <View
          wrap={false}
          minPresenceAhead={presenceFor(children, ctx.layout.sizes.body * 5, HEADING_KEEP_LINES)}
        >
          {renderHeading(ctx, heading, headingPath, 1)}
        </View>
        {children}
      </BookmarkView>,
      { type: 'Sect' },
    );
  },
};
