import { type Article, formatDate } from '@kiji/core';
import { View } from '@react-pdf/renderer';
import type { RenderContext, SourcedRun, Style } from '../context.js';
import type { PdfTag } from '../tagging/tags.js';
import type { Handlers } from './types.js';

/** The masthead: kicker, title, subtitle, then date, byline and publisher, closed by a rule. */
function masthead(article: Article, ctx: RenderContext) {
  const { meta } = article;
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

/** The masthead part. */
export const mastheadHandlers: Pick<Handlers, 'masthead'> = { masthead };
