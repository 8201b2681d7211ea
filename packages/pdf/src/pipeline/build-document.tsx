import { Document } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { RenderContext } from '../context.js';
import type { Handlers } from '../handlers/index.js';
import { articlePage } from './article-page.js';
import type { DocumentDates } from './document-dates.js';

/** The react-pdf element tree of the briefing: one flowing page template with header and footer. */
export function buildDocument(ctx: RenderContext, handlers: Handlers, dates: DocumentDates): ReactElement {
  const { meta } = ctx.article;
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
      {articlePage(ctx, handlers, {
        head: meta.title,
        // The page number (ノンブル) on every page, the first included: print shops check it.
        footer: ({ pageNumber, totalPages }) => ctx.labels.page(pageNumber, totalPages),
      })}
    </Document>
  );
}
