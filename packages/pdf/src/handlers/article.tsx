import { formatDate } from '@kiji/core';
import { View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { RenderContext, SourcedRun, Style } from '../context.js';
import { type PdfTag, tagProp } from '../tagging/tags.js';
import { BookmarkView } from './bookmark-view.js';
import { HEADING_KEEP_LINES, presenceFor } from './keep-with-next.js';
import { renderHeading } from './section.js';
import { renderSourcesList } from './sources-list.js';
import { SplitGuard } from './split-guard.js';
import type { Handlers } from './types.js';

/** The masthead: kicker, title, subtitle, then date, byline and publisher, closed by a rule. */
export function renderMasthead(ctx: RenderContext) {
  const { meta } = ctx.article;
  const { sizes, theme, japanese } = ctx.layout;
  const at = (key: string) => ({ path: ['meta', key], offset: 0 });
  const line = (
    runs: SourcedRun[],
    lineHeight: number,
    style: Style,
    phrases: 'balance' | 'break',
    tag: PdfTag = { type: 'P' },
  ) =>
    ctx.text(runs, { lineHeight, align: 'start', phrases: true, balance: phrases === 'balance', tag }, style);
  const parts: SourcedRun[] = [];
  const muted = { ...ctx.sans(sizes.small), color: theme.colors.muted };
  const separator = japanese ? '\u3000' : '  ·  ';
  // Where a wire story was filed comes first, as its dateline printed it; an article whose date
  // is unknown gets no date rather than a false one.
  if (meta.place) parts.push({ ...muted, text: meta.place, origin: at('place') });
  const gap = () => (parts.length > 0 ? (japanese ? '\u3000' : ' · ') : '');
  if (meta.published) {
    parts.push({
      ...muted,
      text: `${gap()}${formatDate(meta.published, meta.language)}`,
      origin: { ...at('published'), generated: true },
    });
  }
  if (meta.updated) {
    const updated = `${ctx.labels.updated} ${formatDate(meta.updated, meta.language)}`;
    parts.push({
      ...muted,
      text: meta.published ? (japanese ? `（${updated}）` : ` (${updated})`) : `${gap()}${updated}`,
      origin: { ...at('updated'), generated: true },
    });
  }
  const lead = () => (parts.length > 0 ? separator : '');
  if (meta.authors?.length) {
    const names = meta.authors
      .map((author) =>
        author.role
          ? japanese
            ? `${author.name}（${author.role}）`
            : `${author.name}, ${author.role}`
          : author.name,
      )
      .join(japanese ? '、' : '; ');
    parts.push({ ...muted, text: `${lead()}${ctx.labels.byline(names)}`, origin: at('authors') });
  }
  if (meta.publisher)
    parts.push({ ...muted, text: `${lead()}${meta.publisher.name}`, origin: at('publisher') });
  return (
    <View
      style={{
        marginBottom: sizes.body * 1.6,
        paddingBottom: sizes.body * 0.9,
        borderBottomWidth: 1.2,
        borderBottomColor: theme.colors.heading,
      }}
    >
      {meta.kicker
        ? line(
            [
              {
                ...ctx.sans(sizes.kicker, 'bold'),
                color: theme.colors.accent,
                text: meta.kicker,
                origin: at('kicker'),
              },
            ],
            sizes.kicker * 1.5,
            { marginBottom: sizes.body * 0.4 },
            'balance',
          )
        : null}
      {line(
        [
          {
            ...ctx.sans(sizes.title, 'bold'),
            color: theme.colors.heading,
            text: meta.title,
            origin: at('title'),
          },
        ],
        sizes.title * 1.35,
        {},
        'balance',
        { type: 'H1' },
      )}
      {meta.subtitle
        ? line(
            [
              {
                ...ctx.sans(sizes.subtitle),
                color: theme.colors.heading,
                text: meta.subtitle,
                origin: at('subtitle'),
              },
            ],
            sizes.subtitle * 1.5,
            { marginTop: sizes.body * 0.5 },
            'balance',
          )
        : null}
      {/* Dates, byline and publisher break between phrases (never inside 担当), unbalanced. */}
      {parts.length > 0 ? line(parts, sizes.small * 1.6, { marginTop: sizes.body * 0.9 }, 'break') : null}
    </View>
  );
}

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
    const masthead = renderMasthead(ctx);
    const body = ctx.blocks(node.children, ['children']);
    const notes = node.notes?.length ? ctx.blocks(node.notes, ['notes']) : [];
    const sources = renderSourcesList(ctx);
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
