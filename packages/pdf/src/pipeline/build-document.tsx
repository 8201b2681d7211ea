import { Document } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { RenderContext } from '../context.js';
import type { Handlers } from '../handlers/index.js';
import { documentTagging } from '../tagging/document-tagging.js';
import { articlePage, blankPage, type PagePlace } from './article-page.js';
import type { DocumentDates } from './document-dates.js';

/** How the pages are numbered and padded (print mode and signatures). */
export interface PageSetup {
  /** Blank pages added at the end (to fill a signature); they carry the page number only. */
  blankPages: number;
  /** Facing pages bound on this side: the page number sits at the outer corner. */
  facing?: 'left' | 'right';
  /** A tagged PDF (structure tree, marked content); default true. */
  tagged?: boolean;
}

/** The react-pdf element tree of the briefing: one flowing page template with header and footer. */
export function buildDocument(
  ctx: RenderContext,
  handlers: Handlers,
  dates: DocumentDates,
  setup: PageSetup = { blankPages: 0 },
): ReactElement {
  const { meta } = ctx.article;
  // The page number (ノンブル) on every page, the first and blank ones included: print shops check it.
  const footer = ({ pageNumber, totalPages }: PagePlace) => ctx.labels.page(pageNumber, totalPages);
  const facing = setup.facing ? { facing: setup.facing } : {};
  // Read by the patched react-pdf renderer as it draws (see src/tagging/structure-tree.ts).
  const subject = meta.summary ?? meta.subtitle;
  const tagging = documentTagging(
    {
      title: meta.title,
      authors: meta.authors?.map((author) => author.name) ?? [],
      ...(subject ? { subject } : {}),
      ...(meta.tags?.length ? { keywords: meta.tags.join(', ') } : {}),
      language: meta.language,
    },
    dates,
    setup.tagged !== false,
  );
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
      {...tagging}
    >
      {articlePage(ctx, handlers, { head: meta.title, footer, ...facing })}
      {Array.from({ length: setup.blankPages }, (_, index) =>
        blankPage(ctx, { footer, ...facing }, `blank-${index}`),
      )}
    </Document>
  );
}
