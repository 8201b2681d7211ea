import { type Article, formatDate, isSafeUrl } from '@kiji/core';
import { View } from '@react-pdf/renderer';
import type { RenderContext, SourcedRun } from '../context.js';
import type { NumberedSource } from '../pipeline/resolve-sources.js';
import { type PdfTag, tagged, tagProp } from '../tagging/tags.js';
import { BookmarkView } from './bookmark-view.js';
import { QrCode } from './qr-code.js';
import { renderHeading } from './section.js';
import { SplitGuard } from './split-guard.js';
import type { Handlers } from './types.js';

/** The numbered sources list: outlet, title, kind, clickable URL and a QR code for each. */
function sources(_article: Article, ctx: RenderContext) {
  const { sources } = ctx.references;
  if (sources.length === 0) return null;
  const heading = renderHeading(ctx, [{ type: 'text', value: ctx.labels.sources }], ['sources'], 1);
  // The entries are one list: its element is made with the first entry drawn.
  const list: PdfTag = { type: 'L' };
  return tagged(
    <BookmarkView bookmark={{ title: ctx.labels.sources, fit: true }}>
      <SplitGuard />
      <View wrap={false} minPresenceAhead={ctx.layout.sizes.body * 6}>
        {heading}
      </View>
      {sources.map((source, index) => renderSource(ctx, source, index, list))}
    </BookmarkView>,
    { type: 'Sect' },
  );
}

function renderSource(ctx: RenderContext, source: NumberedSource, index: number, list: PdfTag) {
  const { sizes, theme, japanese } = ctx.layout;
  const size = sizes.small;
  const numberWidth = sizes.body * 2.4;
  const qrSize = 46;
  const gap = sizes.body;
  const path = ['sources', index];
  const url = source.url && isSafeUrl(source.url) ? source.url.trim() : undefined;
  // Room for a QR code only beside an entry that has one.
  const textWidth = url ? ctx.width - numberWidth - qrSize - gap : ctx.width - numberWidth;
  const origin = (key: string) => ({ path: [...path, key], offset: 0 });
  const plain = { ...ctx.sans(size), color: theme.colors.text };
  const muted = { ...plain, color: theme.colors.muted };
  const described: SourcedRun[] = [
    { ...ctx.sans(size, 'bold'), color: theme.colors.heading, text: source.outlet, origin: origin('outlet') },
  ];
  if (source.title) {
    described.push({
      ...plain,
      text: japanese ? ctx.labels.titleQuote(source.title) : `, ${ctx.labels.titleQuote(source.title)}`,
      origin: origin('title'),
    });
  }
  const details = [
    ctx.labels.kinds[source.kind],
    source.author,
    source.published ? formatDate(source.published, ctx.article.meta.language) : undefined,
  ]
    .filter((part): part is string => Boolean(part))
    .join(japanese ? '・' : ', ');
  described.push({
    ...muted,
    text: japanese ? `（${details}）` : ` (${details})`,
    origin: { ...origin('kind'), generated: true },
  });
  if (source.url && !url) {
    ctx.warn({
      code: 'unsafe-url',
      path: `sources[${index}].url`,
      message: `source URL "${source.url}" is not http(s): it is shown without a link or QR code`,
    });
  }
  return (
    <View
      key={source.id}
      id={source.anchor}
      style={{ flexDirection: 'row', marginBottom: sizes.body * 0.7 }}
      wrap={false}
      {...tagProp({ type: 'LI', parent: list })}
    >
      <View style={{ width: numberWidth }} {...tagProp({ type: 'Lbl' })}>
        {ctx.text(
          [
            {
              ...ctx.sans(size),
              color: theme.colors.accent,
              text: ctx.labels.sourceMark(source.number),
              origin: { ...origin('id'), generated: true },
            },
          ],
          { width: numberWidth, lineHeight: size * 1.6, align: 'start' },
        )}
      </View>
      <View
        style={{ width: textWidth, ...(url ? { marginRight: gap } : {}) }}
        {...tagProp({ type: 'LBody' })}
      >
        {/* Breaks between phrases: a title word or a label such as 動画 is never split. */}
        {ctx.text(described, {
          width: textWidth,
          lineHeight: size * 1.6,
          align: 'start',
          tag: { type: 'P' },
          phrases: true,
          balance: false,
        })}
        {source.url
          ? ctx.text(
              [
                {
                  ...ctx.sans(size * 0.95),
                  color: url ? theme.colors.link : theme.colors.muted,
                  ...(url ? { href: url, tag: { type: 'Link' as const, contents: url } } : {}),
                  text: source.url,
                  origin: origin('url'),
                },
              ],
              { width: textWidth, lineHeight: size * 1.5, align: 'start', tag: { type: 'P' } },
            )
          : null}
        {source.accessed
          ? ctx.text(
              [
                {
                  ...muted,
                  text: ctx.labels.accessed(formatDate(source.accessed, ctx.article.meta.language)),
                  origin: origin('accessed'),
                },
              ],
              { width: textWidth, lineHeight: size * 1.5, align: 'start', tag: { type: 'P' } },
            )
          : null}
      </View>
      {url ? <QrCode url={url} size={qrSize} color={theme.colors.heading} /> : null}
    </View>
  );
}

/** The sources-list part. */
export const sourcesHandlers: Pick<Handlers, 'sources'> = { sources };
