import { View } from '@react-pdf/renderer';
import { keyed } from './keyed.js';
import { renderFlushParagraph } from './list.js';
import { SplitGuard } from './split-guard.js';
import type { Handlers } from './types.js';

/** Term lists: the term in Gothic bold, its definition indented one em below. */
export const termListHandlers: Pick<Handlers, 'termList' | 'termItem'> = {
  termList: (node, ctx) => (
    <View style={{ marginVertical: ctx.layout.sizes.body * 0.5 }}>
      {ctx.blocks(node.children, [...ctx.path, 'children'])}
    </View>
  ),
  termItem: (node, ctx) => {
    const { sizes, theme } = ctx.layout;
    const indent = sizes.body;
    return (
      <View style={{ marginBottom: sizes.body * 0.45 }}>
        <SplitGuard />
        {/* The term keeps at least two lines of its definition with it. */}
        <View minPresenceAhead={sizes.body * theme.lineHeight * 2}>
          {ctx.text(
            ctx.runs(node.term, [...ctx.path, 'term'], {
              ...ctx.sans(sizes.body, 'bold'),
              color: theme.colors.heading,
            }),
            {
              lineHeight: sizes.body * theme.lineHeight,
              align: 'start',
            },
          )}
        </View>
        <View style={{ marginLeft: indent }}>
          <SplitGuard />
          {keyed(
            node.children.map((paragraph, index) =>
              renderFlushParagraph(ctx, paragraph, [...ctx.path, 'children', index], ctx.width - indent),
            ),
          )}
        </View>
      </View>
    );
  },
};
