import type { List } from '@kiji/core';
import { View } from '@react-pdf/renderer';
import { tagged, tagProp } from '../tagging/tags.js';
import { fullHeight, leadingHeight } from './keep-with-next.js';
import { keyed } from './keyed.js';
import { SplitGuard } from './split-guard.js';
import type { Handlers } from './types.js';

/** Bullet and numbered lists: a hanging marker column, items set beside it. */
export const listHandlers: Pick<Handlers, 'list' | 'listItem'> = {
  list: (node: List, ctx) => {
    const { sizes } = ctx.layout;
    return tagged(
      <View style={{ marginVertical: sizes.body * 0.5 }}>
        {node.children.map((item, index) => {
          const marker = node.ordered
            ? ctx.layout.japanese
              ? `${(node.start ?? 1) + index}．`
              : `${(node.start ?? 1) + index}.`
            : '•';
          const markerWidth = node.ordered ? sizes.body * 2 : sizes.body * 1.5;
          const content = ctx.block(item, [...ctx.path, 'children', index], {
            width: ctx.width - markerWidth,
          });
          // An item whose text cannot break (one short paragraph) moves to the next page whole:
          // split, its marker stayed behind alone at the page bottom.
          const whole = fullHeight(content);
          const unbreakable = whole !== undefined && whole === leadingHeight(content);
          return (
            <View
              // biome-ignore lint/suspicious/noArrayIndexKey: items are positional
              key={index}
              style={{ flexDirection: 'row' }}
              wrap={!unbreakable}
              {...tagProp({ type: 'LI' })}
            >
              <View style={{ width: markerWidth }} {...tagProp({ type: 'Lbl' })}>
                {ctx.text(
                  [
                    {
                      ...ctx.sans(sizes.body),
                      color: ctx.layout.theme.colors.accent,
                      text: marker,
                      origin: { path: [...ctx.path, 'children', index], offset: 0, generated: true },
                    },
                  ],
                  {
                    width: markerWidth,
                    lineHeight: sizes.body * ctx.layout.theme.lineHeight,
                    align: 'start',
                  },
                )}
              </View>
              <View style={{ width: ctx.width - markerWidth }} {...tagProp({ type: 'LBody' })}>
                <SplitGuard />
                {content}
              </View>
            </View>
          );
        })}
      </View>,
      { type: 'L' },
    );
  },
  listItem: (node, ctx) =>
    keyed(node.children.map((child, index) => ctx.block(child, [...ctx.path, 'children', index]))),
};
