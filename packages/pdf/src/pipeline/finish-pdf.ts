import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import type { DocumentDates } from './document-dates.js';

/**
 * Final touches with pdf-lib, which never draws text here: a proper /ModDate (pdfkit writes a
 * non-standard /ModificationDate key), the document language, and deterministic output.
 */
export async function finishPdf(
  pdf: Uint8Array,
  language: string,
  dates: DocumentDates,
): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const infoRef = document.context.trailerInfo.Info;
  const info = infoRef ? document.context.lookup(infoRef, PDFDict) : undefined;
  info?.delete(PDFName.of('ModificationDate'));
  document.setCreationDate(dates.created);
  document.setModificationDate(dates.modified);
  document.catalog.set(PDFName.of('Lang'), PDFString.of(language));
  return document.save({ useObjectStreams: false, updateFieldAppearances: false });
}
