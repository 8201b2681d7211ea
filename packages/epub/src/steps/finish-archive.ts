import JSZip from 'jszip';

/** The earliest date a zip entry can carry (DOS time starts in 1980). */
const ZIP_EPOCH = Date.UTC(1980, 0, 1, 0, 0, 0);

/** Files that come first, in this order, after `mimetype`. */
const FIRST = ['META-INF/container.xml', 'OEBPS/content.opf'];

/**
 * Repack the archive so the same publication always gives the same bytes: `mimetype` first and
 * stored (the EPUB container rule), then the container and package documents, then every other
 * file sorted by path; no directory entries; every entry dated `date`; DEFLATE level 9.
 */
export async function finishArchive(source: JSZip, date: Date): Promise<Uint8Array> {
  const stamp = new Date(Math.max(date.getTime(), ZIP_EPOCH));
  const paths = Object.values(source.files)
    .filter((entry) => !entry.dir && entry.name !== 'mimetype')
    .map((entry) => entry.name);
  const rank = (path: string) => {
    const index = FIRST.indexOf(path);
    return index === -1 ? FIRST.length : index;
  };
  paths.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const target = new JSZip();
  target.file('mimetype', 'application/epub+zip', {
    compression: 'STORE',
    date: stamp,
    createFolders: false,
  });
  for (const path of paths) {
    const data = await source.file(path)!.async('uint8array');
    target.file(path, data, { date: stamp, createFolders: false, binary: true });
  }
  return target.generateAsync({
    type: 'uint8array',
    mimeType: 'application/epub+zip',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}
