/**
 * The one thing react-pdf gets wrong in the document information: pdfkit writes the modification
 * date under a non-standard `/ModificationDate` key. The key is renamed to `/ModDate` in place,
 * padded with spaces to the same length, so every byte offset (the cross-reference table) stays
 * valid and the file needs no re-parsing. Dates, `/Lang` and the document ID are already set by
 * react-pdf from the Document props, deterministically.
 */
const WRONG_KEY = '/ModificationDate';
const RIGHT_KEY = `/ModDate${' '.repeat(WRONG_KEY.length - '/ModDate'.length)}`;

export function finishPdf(pdf: Uint8Array): Uint8Array {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const trailerAt = bytes.lastIndexOf('trailer');
  const infoRef = trailerAt < 0 ? null : /\/Info (\d+) 0 R/.exec(bytes.toString('latin1', trailerAt));
  if (!infoRef) throw new Error('react-pdf wrote a PDF without a document information dictionary');
  const objectAt = bytes.indexOf(`\n${infoRef[1]} 0 obj`);
  const endAt = objectAt < 0 ? -1 : bytes.indexOf('endobj', objectAt);
  const keyAt = endAt < 0 ? -1 : bytes.indexOf(`${WRONG_KEY} `, objectAt);
  if (keyAt < 0 || keyAt > endAt) return pdf;
  const out = new Uint8Array(pdf);
  out.set(Buffer.from(RIGHT_KEY, 'latin1'), keyAt);
  return out;
}
