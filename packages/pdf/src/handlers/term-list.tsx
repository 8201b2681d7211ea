import { View } from '@react-pdf/renderer';
import { tagProp } from '../tagging/tags.js';
import { presenceFor } from './keep-with-next.js';
import { keyed } from './keyed.js';
import { SplitGuard } from './split-guard.js';
import type { Handlers } from './types.js';

/** Term lists: the term in Gothic bold, its definition indented one em below. */
export const termListHandlers: Pick<Handlers, 'termList' | 'termItem'> = {
  termList: (node, ctx) => (
    <View style={{ marginVertical: ctx.layout.sizes.body * 0.5 }} {...tagProp({ type: 'L' })}>
      {ctx.blocks(node.children, [...ctx.path, 'children'])}
    </View>
  ),
  termItem: (node, ctx) => {
    const { sizes, theme } = ctx.layout;
    const indent = sizes.body;
    const term = ctx.text(
      ctx.runs(node.term, [...ctx.path, 'term'], {
        ...ctx.sans(sizes.body, 'bold'),
        color: theme.colors.heading,
      }),
      {
        lineHeight: sizes.body * theme.lineHeight,
        align: 'start',
        tag: { type: 'Lbl' },
      },
    );
    const definition = (
      <View style={{ marginLeft: indent }} {...tagProp({ type: 'LBody' })}>
        <SplitGuard />
        {keyed(
          node.children.map((paragraph, index) =>
            ctx.block(paragraph, [...ctx.path, 'children', index], { width: ctx.width - indent }),
          ),
        )}
      </View>
    );
    return (
      <View style={{ marginBottom: sizes.body * 0.45 }} {...tagProp({ type: 'LI' })}>
        <SplitGuard />
        {/* The term keeps the start of its definition (the lines that cannot be split) with it. */}
        <View wrap={false} minPresenceAhead={presenceFor(definition, sizes.body * theme.lineHeight * 2)}>
          {term}
        </View>
        {definition}
      </View>
    );
  },
};
