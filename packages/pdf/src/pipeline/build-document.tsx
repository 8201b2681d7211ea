import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { RenderContext } from '../context.js';
import type { Handlers } from '../handlers/index.js';
import type { DocumentDates } from './document-dates.js';

/** The react-pdf element tree of the briefing: one flowing page template with header and footer. */
export function buildDocument(ctx: RenderContext, handlers: Handlers, dates: DocumentDates): ReactElement {
  const { article, layout, fonts, labels } = ctx;
  const { meta } = article;
  const { theme, sizes, page, marginX } = layout;
  const chrome = {
    position: 'absolute' as const,
    left: marginX,
    width: layout.bodyWidth,
    fontFamily: fonts.sans,
    fontSize: sizes.header,
    color: theme.colors.muted,
  };
  const noBreaks = (word: string) => [word];
  return (
    <Document
      title={meta.title}
      {...(meta.authors?.length ? { author: meta.authors.map((author) => author.name).join(', ') } : {})}
      {...((meta.summary ?? meta.subtitle) ? { subject: meta.summary ?? meta.subtitle } : {})}
      {...(meta.tags?.length ? { keywords: meta.tags.join(', ') } : {})}
      creator="Kiji"
      producer="Kiji"
      language={meta.language}
      creationDate={dates.created}
      modificationDate={dates.modified}
      pageMode="useOutlines"
    >
      <Page
        size={[page.width, page.height]}
        style={{
          paddingTop: theme.margins.top,
          paddingBottom: theme.margins.bottom,
          paddingLeft: marginX,
          paddingRight: marginX,
          fontFamily: fonts.serif,
          color: theme.colors.text,
        }}
      >
        <View
          fixed
          style={{
            position: 'absolute',
            top: theme.margins.top * 0.45,
            left: marginX,
            width: layout.bodyWidth,
          }}
          render={({ pageNumber }) =>
            pageNumber > 1 ? (
              <Text
                hyphenationCallback={noBreaks}
                style={{
                  ...chrome,
                  position: 'relative',
                  left: 0,
                  paddingBottom: 3,
                  borderBottomWidth: 0.4,
                  borderBottomColor: theme.colors.rule,
                  maxLines: 1,
                  textOverflow: 'ellipsis',
                }}
              >
                {meta.title}
              </Text>
            ) : null
          }
        />
        {handlers.article(article, { ...ctx, path: [] })}
        <Text
          fixed
          hyphenationCallback={noBreaks}
          style={{ ...chrome, bottom: theme.margins.bottom * 0.45, textAlign: 'center' }}
          // The page number (ノンブル) on every page, the first included: print shops check it.
          render={({ pageNumber, totalPages }) => labels.page(pageNumber, totalPages)}
        />
      </Page>
    </Document>
  );
}
