import { formatDate, wordsFor } from '@kiji/core';
import { Image, Page, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { RenderContext, SourcedRun } from '../context.js';
import { type PagePlace, pageFooter } from '../pipeline/article-page.js';
import { type PdfTag, tagged, tagProp } from '../tagging/tags.js';
import { contentsEntry } from './contents-entry.js';

/** Numbers each page of the pack (the footers also record where every part landed). */
export interface EditionFooter {
  /** The footer text of a page; called by react-pdf as it numbers pages. */
  footer: (place: PagePlace) => string;
  /** Facing pages bound on this side: numbers at the outer corner. */
  facing?: 'left' | 'right';
}

/** A page of the edition's own (cover, contents) with its page number, as every page carries one. */
function editionPage(
  ctx: RenderContext,
  chrome: EditionFooter,
  children: ReactElement | ReactElement[] | null,
  bookmark?: string,
): ReactElement {
  const { theme, page, marginX } = ctx.layout;
  return (
    <Page
      size={[page.width, page.height]}
      {...(bookmark ? { bookmark: { title: bookmark, fit: true } } : {})}
      style={{
        paddingTop: theme.margins.top,
        paddingBottom: theme.margins.bottom,
        paddingLeft: marginX,
        paddingRight: marginX,
        fontFamily: ctx.fonts.serif,
        color: theme.colors.text,
      }}
    >
      {children}
      {pageFooter(ctx, chrome)}
    </Page>
  );
}

/** An article's language on an element of the edition's pages, where it differs from the edition's. */
const langOf = (article: RenderContext, edition: RenderContext): { lang?: string } =>
  article.article.meta.language === edition.article.meta.language
    ? {}
    : { lang: article.article.meta.language };

/** Articles the cover lists at most. */
const COVER_LIST = 16;

/** An article of the edition as the cover and contents list it. */
export interface EditionEntryView {
  /** The article's render context (its language, fonts and warnings). */
  ctx: RenderContext;
  /** Section label. */
  section?: string;
}

const titleRuns = (ctx: RenderContext, size: number, weight: 'normal' | 'bold'): SourcedRun[] => [
  {
    ...ctx.sans(size, weight),
    color: ctx.layout.theme.colors.heading,
    text: ctx.article.meta.title,
    origin: { path: ['meta', 'title'], offset: 0 },
  },
];

const sectionRuns = (ctx: RenderContext, section: string, size: number): SourcedRun[] => [
  {
    ...ctx.sans(size, 'bold'),
    color: ctx.layout.theme.colors.accent,
    text: section,
    origin: { path: [], offset: 0, generated: true },
  },
];

/**
 * The cover: publisher and edition number, the edition's title, subtitle and date, the cover
 * image when given, and the list of articles with their section labels.
 */
export function coverPage(
  edition: RenderContext,
  entries: EditionEntryView[],
  options: {
    number?: number;
    publisher?: string;
    image?: string;
    chrome: EditionFooter;
  },
): ReactElement {
  const { sizes, theme } = edition.layout;
  const meta = edition.article.meta;
  const words = wordsFor(meta.language);
  const at = (key: string) => ({ path: ['meta', key], offset: 0 });
  const muted = { ...edition.sans(sizes.small), color: theme.colors.muted };
  // The cover stays one page: a long edition lists its first articles, the contents the rest.
  const shown = entries.slice(0, entries.length > COVER_LIST ? COVER_LIST - 2 : COVER_LIST);
  const topLine = [options.publisher, options.number ? words.editionNumber(options.number) : undefined]
    .filter(Boolean)
    .join(edition.layout.japanese ? '\u3000' : '  ·  ');
  // The articles the cover lists are one list; its element is made with the first item drawn.
  const list: PdfTag = { type: 'L' };
  return editionPage(
    edition,
    options.chrome,
    <View {...tagProp({ type: 'Sect' })}>
      {topLine ? (
        edition.text([{ ...muted, text: topLine, origin: { ...at('publisher'), generated: true } }], {
          lineHeight: sizes.small * 1.6,
          tag: { type: 'P' },
        })
      ) : (
        <View />
      )}
      {options.image ? (
        <Image
          src={options.image}
          style={{ marginTop: sizes.body, maxHeight: edition.layout.page.height * 0.3, objectFit: 'contain' }}
          // A cover picture without a text alternative (the edition gives none): decoration.
          {...tagProp({ artifact: 'Layout' })}
        />
      ) : (
        <View />
      )}
      <View
        style={{
          marginTop: sizes.body * (options.image ? 1.5 : 6),
          paddingBottom: sizes.body,
          borderBottomWidth: 1.6,
          borderBottomColor: theme.colors.heading,
        }}
      >
        {edition.text(
          [
            {
              ...edition.sans(sizes.title * 1.4, 'bold'),
              color: theme.colors.heading,
              text: meta.title,
              origin: at('title'),
            },
          ],
          { lineHeight: sizes.title * 1.4 * 1.3, phrases: true, tag: { type: 'H1' } },
        )}
        {meta.subtitle ? (
          edition.text(
            [
              {
                ...edition.sans(sizes.subtitle * 1.2),
                color: theme.colors.heading,
                text: meta.subtitle,
                origin: at('subtitle'),
              },
            ],
            { lineHeight: sizes.subtitle * 1.2 * 1.5, phrases: true, tag: { type: 'P' } },
            { marginTop: sizes.body * 0.6 },
          )
        ) : (
          <View />
        )}
        {meta.published ? (
          edition.text(
            [
              {
                ...edition.sans(sizes.lede),
                color: theme.colors.muted,
                text: formatDate(meta.published, meta.language),
                origin: { ...at('date'), generated: true },
              },
            ],
            { lineHeight: sizes.lede * 1.6, tag: { type: 'P' } },
            { marginTop: sizes.body * 1.2 },
          )
        ) : (
          <View />
        )}
      </View>
      <View style={{ marginTop: sizes.body * 2 }}>
        {shown.map((entry, index) => {
          const label =
            entry.section && entry.section !== shown[index - 1]?.section
              ? entry.ctx.text(
                  sectionRuns(entry.ctx, entry.section, sizes.small),
                  {
                    lineHeight: sizes.small * 1.5,
                    tag: { type: 'P' },
                  },
                  { marginTop: index > 0 ? sizes.body * 0.6 : 0 },
                )
              : null;
          return (
            <View
              // biome-ignore lint/suspicious/noArrayIndexKey: the articles are positional
              key={index}
              wrap={false}
              style={{ marginBottom: sizes.body * 0.3 }}
              {...tagProp({ type: 'LI', parent: list })}
            >
              <View {...tagProp({ type: 'LBody' })}>
                {label}
                {entry.ctx.text(titleRuns(entry.ctx, sizes.h4, 'bold'), {
                  lineHeight: sizes.h4 * 1.5,
                  phrases: true,
                  width: edition.layout.bodyWidth,
                  tag: { type: 'P', ...langOf(entry.ctx, edition) },
                })}
              </View>
            </View>
          );
        })}
        {entries.length > shown.length
          ? edition.text(
              [
                {
                  ...muted,
                  text: words.moreArticles(entries.length - shown.length),
                  origin: { path: [], offset: 0, generated: true },
                },
              ],
              { lineHeight: sizes.small * 1.6, tag: { type: 'P' } },
              { marginTop: sizes.body * 0.6 },
            )
          : null}
      </View>
    </View>,
  );
}

/** The table of contents: each article (under its section label) with its first page. */
export function contentsPage(
  edition: RenderContext,
  entries: EditionEntryView[],
  pages: (string | undefined)[],
  chrome: EditionFooter,
): ReactElement {
  const { sizes, theme } = edition.layout;
  const words = wordsFor(edition.article.meta.language);
  const size = sizes.h4 * 1.05;
  // The entries are one table of contents; its element is made with the first entry drawn.
  const toc: PdfTag = { type: 'TOC' };
  return editionPage(
    edition,
    chrome,
    <View {...tagProp({ type: 'Sect' })}>
      {edition.text(
        [
          {
            ...edition.sans(sizes.h2 * 1.2, 'bold'),
            color: theme.colors.heading,
            text: words.contents,
            origin: { path: [], offset: 0, generated: true },
          },
        ],
        { lineHeight: sizes.h2 * 1.2 * 1.5, tag: { type: 'H2' } },
        {
          marginBottom: sizes.body * 1.6,
          paddingBottom: sizes.body * 0.4,
          borderBottomWidth: 1.2,
          borderBottomColor: theme.colors.heading,
        },
      )}
      {entries.map((entry, index) => {
        const previous = entries[index - 1]?.section;
        const label =
          entry.section && entry.section !== previous
            ? entry.ctx.text(
                sectionRuns(entry.ctx, entry.section, sizes.small),
                { lineHeight: sizes.small * 1.6, tag: { type: 'P' } },
                { marginTop: index > 0 ? sizes.body * 0.8 : 0 },
              )
            : null;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the articles are positional
          <View key={index} wrap={false} {...tagProp({ type: 'TOCI', parent: toc })}>
            {label}
            {tagged(
              contentsEntry(
                { ...entry.ctx, width: edition.layout.bodyWidth },
                titleRuns(entry.ctx, size, 'normal'),
                pages[index] ?? '',
                { size, lineHeight: size * 1.6, marginBottom: sizes.body * 0.5 },
              ),
              { type: 'P', ...langOf(entry.ctx, edition) },
            )}
          </View>
        );
      })}
    </View>,
    words.contents,
  );
}
