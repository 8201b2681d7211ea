import { View } from '@react-pdf/renderer';
import { keyed } from './keyed.js';
import { renderFlushParagraph } from './list.js';
import { SplitGuard } from './split-guard.js';
import type { Handlers } from './types.js';

/** Asides: a tinted box with an optional Gothic label. */
export const asideHandlers: Pick<Handlers, 'aside'> = {
  aside: (node, ctx) => {
    const { sizes, theme } = ctx.layout;
    const padding = sizes.body;
    const inner = ctx.width - padding * 2;
    return (
      <View style={{ marginVertical: sizes.body, padding, backgroundColor: theme.colors.asideBackground }}>
        <SplitGuard />
        {node.label
          ? ctx.text(
              [
                {
                  ...ctx.sans(sizes.body, 'bold'),
                  color: theme.colors.accent,
                  text: node.label,
                  origin: { path: [...ctx.path, 'label'], offset: 0 },
                },
              ],
              { width: inner, lineHeight: sizes.body * 1.6, align: 'start', phrases: true },
              { marginBottom: sizes.body * 0.3 },
            )
          : null}
        {keyed(
          node.children.map((child, index) =>
            child.type === 'paragraph'
              ? renderFlushParagraph(ctx, child, [...ctx.path, 'children', index], inner)
              : ctx.block(child, [...ctx.path, 'children', index], { width: inner }),
          ),
        )}
      </View>
    );
  },
};
