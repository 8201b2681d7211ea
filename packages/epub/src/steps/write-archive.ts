import JSZip from 'jszip';
import type { Publication } from '../publication.js';
import { packageDocument } from '../templates/opf.js';
import { CONTAINER, chapterDocument, navDocument, ncxDocument } from '../templates/xhtml.js';

/** The earliest date a zip entry can carry (DOS time starts in 1980). */
const ZIP_EPOCH = Date.UTC(1980, 0, 1, 0, 0, 0);

/**
 * Zip the publication once, so the same publication always gives the same bytes: `mimetype`
 * first and stored (the EPUB container rule), then the container and package documents, then
 * every other file sorted by path; no directory entries; every entry dated with the build date;
 * DEFLATE level 9.
 */
export function writeArchive(publication: Publication): Promise<Uint8Array> {
  const files = new Map<string, string | Uint8Array>([
    ['OEBPS/toc.xhtml', navDocument(publication)],
    ['OEBPS/toc.ncx', ncxDocument(publication)],
    ['OEBPS/style.css', publication.css],
  ]);
  for (const document of publication.documents)
    files.set(`OEBPS/${document.filename}`, chapterDocument(document));
  for (const resource of publication.resources) files.set(`OEBPS/${resource.href}`, resource.data);
  const date = new Date(Math.max(publication.modifiedDate.getTime(), ZIP_EPOCH));
  const zip = new JSZip();
  zip.file('mimetype', 'application/epub+zip', { compression: 'STORE', date, createFolders: false });
  zip.file('META-INF/container.xml', CONTAINER, { date, createFolders: false });
  zip.file('OEBPS/content.opf', packageDocument(publication), { date, createFolders: false });
  for (const path of [...files.keys()].sort())
    zip.file(path, files.get(path)!, { date, createFolders: false });
  return zip.generateAsync({
    type: 'uint8array',
    mimeType: 'application/epub+zip',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}
