import { View } from '@react-pdf/renderer';
import { SplitGuard } from './split-guard.js';
import type { Handlers } from './types.js';

/** The lede: set apart by a rule; its paragraphs go through the `paragraph` handler. */
export const textBlockHandlers: Pick<Handlers, 'lede'> = {
  lede: (node, ctx) => {
    const { sizes, theme } = ctx.layout;
    return (
      <View
        style={{
          marginBottom: sizes.body * 1.6,
          paddingBottom: sizes.body * 1.1,
          borderBottomWidth: 0.6,
          borderBottomColor: theme.colors.rule,
        }}
      >
        <SplitGuard />
        {ctx.blocks(node.children, [...ctx.path, 'children'])}
      </View>
    );
  },
};
