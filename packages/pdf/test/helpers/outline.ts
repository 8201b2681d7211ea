import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** One outline (bookmark) entry and its children. */
export interface OutlineEntry {
  title: string;
  children: OutlineEntry[];
}

const text = (value: unknown): string =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '';

/** The document outline read with pdf-lib (which only reads structure here, never draws). */
export async function readOutline(pdf: Uint8Array): Promise<OutlineEntry[]> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const walk = (first: PDFDict | undefined): OutlineEntry[] => {
    const entries: OutlineEntry[] = [];
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      entries.push({
        title: text(item.lookup(PDFName.of('Title'))),
        children: walk(item.lookupMaybe(PDFName.of('First'), PDFDict)),
      });
    }
    return entries;
  };
  return outlines ? walk(outlines.lookupMaybe(PDFName.of('First'), PDFDict)) : [];
}

/** The document's /Lang and every link annotation's URI. */
export async function readCatalog(pdf: Uint8Array): Promise<{ lang: string; uris: string[] }> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const uris: string[] = [];
  for (const page of document.getPages()) {
    const annots = page.node.Annots();
    if (!annots) continue;
    for (let index = 0; index < annots.size(); index++) {
      const annot = annots.lookup(index, PDFDict);
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookup(PDFName.of('URI'));
      if (uri) uris.push(text(uri));
    }
  }
  return { lang: text(document.catalog.lookup(PDFName.of('Lang'))), uris };
}
