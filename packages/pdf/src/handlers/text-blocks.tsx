import { View } from '@react-pdf/renderer';
import { keyed } from './keyed.js';
import { SplitGuard } from './split-guard.js';
import type { Handlers } from './types.js';

/**
 * Paragraphs (Japanese: indented one em, justified; Latin: `theme.latinAlign`) and the lede
 * (larger, set apart by a rule).
 */
export const textBlockHandlers: Pick<Handlers, 'paragraph' | 'lede'> = {
  paragraph: (node, ctx) => {
    const { sizes, theme, japanese } = ctx.layout;
    const size = sizes.body;
    return ctx.text(
      ctx.runs(node.children, [...ctx.path, 'children'], ctx.serif(size)),
      {
        lineHeight: size * theme.lineHeight,
        firstLineIndent: japanese ? size : 0,
        align: japanese ? 'justify' : theme.latinAlign,
        tag: { type: 'P' },
      },
      { marginBottom: japanese ? 0 : size * 0.6 },
    );
  },
  lede: (node, ctx) => {
    const { sizes, theme, japanese } = ctx.layout;
    const size = sizes.lede;
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
        {keyed(
          node.children.map((paragraph, index) =>
            ctx.text(
              ctx.runs(paragraph.children, [...ctx.path, 'children', index, 'children'], {
                ...ctx.serif(size),
                color: theme.colors.heading,
              }),
              {
                lineHeight: size * theme.lineHeight,
                align: japanese ? 'justify' : theme.latinAlign,
                tag: { type: 'P' },
              },
              { marginBottom: index < node.children.length - 1 ? size * 0.5 : 0 },
            ),
          ),
        )}
      </View>
    );
  },
};
