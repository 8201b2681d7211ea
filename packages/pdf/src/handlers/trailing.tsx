import { formatDate } from '@kiji/core';
import { View } from '@react-pdf/renderer';
import { tagProp } from '../tagging/tags.js';
import { baselineOffset } from './baseline.js';
import { keyed } from './keyed.js';
import { SplitGuard } from './split-guard.js';
import type { Handlers } from './types.js';

/** Notes (numbered, anchored for note marks) and reader comments. */
export const trailingHandlers: Pick<Handlers, 'note' | 'comment'> = {
  note: (node, ctx) => {
    const { sizes, theme } = ctx.layout;
    const number = ctx.references.noteNumber.get(node.id) ?? 0;
    const markWidth = sizes.body * 2.5;
    const markStyle = ctx.sans(sizes.small);
    return (
      <View
        id={`${ctx.idPrefix}note-${number}`}
        style={{ flexDirection: 'row', marginBottom: sizes.body * 0.3 }}
        {...tagProp({ type: 'Note', id: `${ctx.idPrefix}note-${number}` })}
      >
        {/* The smaller mark sits on the baseline of the note's first line. */}
        <View style={{ width: markWidth, paddingTop: baselineOffset(ctx, markStyle, ctx.serif(sizes.body)) }}>
          {ctx.text(
            [
              {
                ...markStyle,
                color: theme.colors.accent,
                text: ctx.labels.noteMark(number),
                origin: { path: [...ctx.path, 'id'], offset: 0, generated: true },
              },
            ],
            {
              width: markWidth,
              lineHeight: sizes.body * theme.lineHeight,
              align: 'start',
              tag: { type: 'Lbl' },
            },
          )}
        </View>
        <View>
          <SplitGuard />
          {keyed(
            node.children.map((paragraph, index) =>
              ctx.block(paragraph, [...ctx.path, 'children', index], { width: ctx.width - markWidth }),
            ),
          )}
        </View>
      </View>
    );
  },
  comment: (node, ctx) => {
    const { sizes, theme } = ctx.layout;
    const byline = [
      node.author,
      node.published ? formatDate(node.published, ctx.article.meta.language) : undefined,
    ]
      .filter(Boolean)
      .join(ctx.layout.japanese ? '・' : ', ');
    // A hairline between comments: one without a byline would otherwise read as the previous
    // comment's next paragraph.
    const index = ctx.path[ctx.path.length - 1];
    const separated =
      typeof index === 'number' && index > 0
        ? { paddingTop: sizes.body * 0.8, borderTopWidth: 0.4, borderTopColor: theme.colors.rule }
        : {};
    return (
      <View style={{ marginBottom: sizes.body * 0.8, ...separated }} wrap {...tagProp({ type: 'Div' })}>
        <SplitGuard />
        {byline
          ? ctx.text(
              [
                {
                  ...ctx.sans(sizes.small, 'bold'),
                  color: theme.colors.muted,
                  text: byline,
                  origin: { path: [...ctx.path, 'author'], offset: 0 },
                },
              ],
              { lineHeight: sizes.small * 1.6, align: 'start', tag: { type: 'P' } },
            )
          : null}
        {keyed(
          node.children.map((paragraph, index) => ctx.block(paragraph, [...ctx.path, 'children', index])),
        )}
      </View>
    );
  },
};
