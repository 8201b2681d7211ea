import { Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { RenderContext, SourcedRun } from '../context.js';
import { composeLines } from '../typeset/compose-lines.js';

/**
 * One line of the table of contents: the title broken like a heading, dotted leaders from the end
 * of its last line to the page number, and the page number flush right on that line.
 */
export function contentsEntry(
  ctx: RenderContext,
  runs: SourcedRun[],
  page: string,
  options: { size: number; lineHeight: number; marginBottom: number },
): ReactElement {
  const { size, marginBottom } = options;
  const lineHeight = Math.round(options.lineHeight);
  const numberWidth = size * 3;
  const gap = size * 0.8;
  const width = ctx.width - numberWidth - gap * 2;
  const { lines } = composeLines(
    runs.filter((run) => run.text.length > 0),
    {
      width,
      lineHeight,
      align: 'start',
      language: ctx.article.meta.language,
      phrases: true,
      // As ctx.text sets the entry, so the leaders start where its last line ends.
      latinSpacing: ctx.layout.theme.latinSpacing,
    },
    ctx.fonts.set,
  );
  const last = lines.at(-1);
  const lastTop = Math.max(0, lines.length - 1) * lineHeight;
  const end = last ? last.x + last.width : 0;
  const { colors } = ctx.layout.theme;
  return (
    <View wrap={false} style={{ position: 'relative', marginBottom }}>
      {ctx.text(runs, { width, lineHeight, align: 'start', phrases: true })}
      <View
        style={{
          position: 'absolute',
          left: end + gap,
          // Digits are about 0.55 em wide in the sans faces.
          right: page.length * size * 0.55 + gap,
          // On the baseline of the last line, a little above it.
          top: lastTop + lineHeight / 2 + size * 0.3,
          borderBottomWidth: 1,
          borderBottomStyle: 'dotted',
          borderBottomColor: colors.muted,
        }}
      />
      <Text
        style={{
          position: 'absolute',
          right: 0,
          top: lastTop,
          width: numberWidth,
          textAlign: 'right',
          fontFamily: ctx.fonts.sans,
          fontSize: size,
          lineHeight: `${lineHeight}pt`,
          color: colors.heading,
        }}
      >
        {page}
      </Text>
    </View>
  );
}
