import type { DocumentDates } from '../pipeline/document-dates.js';
import { xmpPacket } from '../print/xmp.js';
import { createTagging } from './structure-tree.js';

/** What a tagged document says about itself in XMP. */
export interface DocumentFacts {
  title: string;
  authors: string[];
  subject?: string;
  keywords?: string;
  language: string;
}

/**
 * The props that make react-pdf's `<Document>` tagged (`tagging`, read by the patched renderer),
 * with the XMP metadata PDF/UA-1 asks for: the title, the language and the PDF/UA identifier.
 * An undated document gets no date. Empty when tagging is off.
 */
export function documentTagging(facts: DocumentFacts, dates: DocumentDates, tagged = true): object {
  if (!tagged) return {};
  const xmp = xmpPacket({
    ...facts,
    ...(dates.undated ? {} : { created: dates.created, modified: dates.modified }),
    creator: 'Kiji',
    producer: 'Kiji',
    pdfua: 1,
    padding: false,
  });
  // Tagged PDF and everything PDF/UA-1 rests on is PDF 1.7 (ISO 32000-1); pdfkit writes 1.3.
  return { tagging: createTagging({ xmp }), pdfVersion: '1.7' };
}
