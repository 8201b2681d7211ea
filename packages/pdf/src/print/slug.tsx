import { Document, Page, Text } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { mm } from './units.js';

/** What the slug line of each page says. */
export interface SlugInput {
  title: string;
  /** The date as the article's language writes it. */
  date: string;
  /** Pages in the document. */
  pages: number;
  /** Trim width in points: the strip fills the bottom edge's left half, up to the centre mark. */
  width: number;
  /** Edition name, when the document belongs to one. */
  edition?: string;
  fontFamily: string;
  /** Stamped as the strips' dates, so the same input gives the same bytes. */
  created: Date;
}

/** Height of the slug strip in points. */
export const SLUG_HEIGHT = 9;
/** Where the strip starts, from the trim's left edge. */
export const SLUG_X = mm(5);

/** From `SLUG_X` to a few millimetres before the centre mark's bar (5 mm each side of centre). */
export const slugWidth = (trimWidth: number): number => Math.max(mm(20), trimWidth / 2 - SLUG_X - mm(8));

/**
 * One strip per page with the slug line (title, date, page n/total and edition), drawn by
 * react-pdf with the document's own fonts so that Japanese titles are set as everywhere else;
 * `finishForPrint` places each strip outside the bleed of its page.
 */
export function slugDocument(input: SlugInput): ReactElement {
  const parts = (page: number) =>
    // The page first: a long title is cut short with an ellipsis, never the page number.
    [`${page} / ${input.pages}`, input.date, input.edition, input.title].filter(Boolean).join('   ');
  const noBreaks = (word: string) => [word];
  return (
    <Document creator="Kiji" producer="Kiji" creationDate={input.created} modificationDate={input.created}>
      {Array.from({ length: input.pages }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one strip per page, in order
        <Page key={index} size={[slugWidth(input.width), SLUG_HEIGHT]}>
          <Text
            hyphenationCallback={noBreaks}
            style={{
              fontFamily: input.fontFamily,
              fontSize: 6,
              lineHeight: 1.2,
              maxLines: 1,
              textOverflow: 'ellipsis',
            }}
          >
            {parts(index + 1)}
          </Text>
        </Page>
      ))}
    </Document>
  );
}
