import { View } from '@react-pdf/renderer';
import { tagProp } from '../tagging/tags.js';
import { trailingMargin } from './keep-with-next.js';
import { keyed } from './keyed.js';
import { SplitGuard } from './split-guard.js';
import type { Handlers } from './types.js';

/** Asides: a tinted box with an optional Gothic label. */
export const asideHandlers: Pick<Handlers, 'aside'> = {
  aside: (node, ctx) => {
    const { sizes, theme } = ctx.layout;
    const padding = sizes.body;
    const inner = ctx.width - padding * 2;
    const label = node.label
      ? ctx.text(
          [
            {
              ...ctx.sans(sizes.body, 'bold'),
              color: theme.colors.accent,
              text: node.label,
              origin: { path: [...ctx.path, 'label'], offset: 0 },
            },
          ],
          { width: inner, lineHeight: sizes.body * 1.6, align: 'start', phrases: true, tag: { type: 'P' } },
          { marginBottom: sizes.body * 0.3 },
        )
      : null;
    const content = keyed(
      node.children.map((child, index) =>
        ctx.block(child, [...ctx.path, 'children', index], { width: inner }),
      ),
    );
    // The last block's bottom margin (a list's) counts as padding: the box is as deep below its
    // text as above it.
    const paddingBottom = Math.max(0, padding - trailingMargin(content));
    return (
      <View
        style={{
          marginVertical: sizes.body,
          padding,
          paddingBottom,
          backgroundColor: theme.colors.asideBackground,
        }}
        {...tagProp({ type: 'Div' })}
      >
        <SplitGuard />
        {label}
        {content}
      </View>
    );
  },
};
