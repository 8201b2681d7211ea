import { View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { tagProp } from '../tagging/tags.js';
import { BookmarkView } from './bookmark-view.js';
import { HEADING_KEEP_LINES, presenceFor } from './keep-with-next.js';
import { renderHeading } from './section.js';
import { SplitGuard } from './split-guard.js';
import type { Handlers } from './types.js';

/** The whole article: masthead, body, notes, sources, comments. */
export const articleHandlers: Pick<Handlers, 'article'> = {
  article: (node, ctx) => {
    const { sizes } = ctx.layout;
    const trailingHeading = (title: string, key: string, following: ReactNode) => (
      <>
        <SplitGuard />
        <View wrap={false} minPresenceAhead={presenceFor(following, sizes.body * 5, HEADING_KEEP_LINES)}>
          {renderHeading(ctx, [{ type: 'text', value: title }], [key], 1)}
        </View>
      </>
    );
    // Built in reading order, so warnings come in reading order.
    const masthead = ctx.handlers.masthead(node, ctx);
    const body = ctx.blocks(node.children, ['children']);
    const notes = node.notes?.length ? ctx.blocks(node.notes, ['notes']) : [];
    const sources = ctx.handlers.sources(node, ctx);
    const comments = node.comments?.length ? ctx.blocks(node.comments, ['comments']) : [];
    return (
      <>
        {masthead}
        {body}
        {node.notes?.length ? (
          <BookmarkView bookmark={{ title: ctx.labels.notes, fit: true }} {...tagProp({ type: 'Sect' })}>
            {trailingHeading(ctx.labels.notes, 'notes', notes)}
            {notes}
          </BookmarkView>
        ) : null}
        {sources}
        {node.comments?.length ? (
          <BookmarkView bookmark={{ title: ctx.labels.comments, fit: true }} {...tagProp({ type: 'Sect' })}>
            {trailingHeading(ctx.labels.comments, 'comments', comments)}
            {comments}
          </BookmarkView>
        ) : null}
      </>
    );
  },
};
