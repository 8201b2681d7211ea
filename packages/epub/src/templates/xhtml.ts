import type { Publication, XhtmlDocument } from '../publication.js';
import { escapeXml as x } from '../xml.js';
import { renderNcxNavMap } from './nav.js';

/** An XHTML document around a body serialized once (`@kiji/html`'s `toXhtml`). */
function page(options: {
  language: string;
  htmlClass: string;
  title: string;
  epubType: string;
  body: string;
}) {
  const { language, htmlClass, title, epubType, body } = options;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${x(language)}" lang="${x(language)}"${htmlClass ? ` class="${x(htmlClass)}"` : ''}>
<head>
<meta charset="UTF-8"/>
<title>${x(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body epub:type="${x(epubType)}">
${body}
</body>
</html>
`;
}

/** One chapter of the spine. */
export const chapterDocument = (document: XhtmlDocument): string => page(document);

/** The navigation document around its pre-rendered `<nav>` elements. */
export const navDocument = (publication: Publication): string =>
  page({
    language: publication.language,
    htmlClass: publication.vertical ? 'kiji-vertical' : '',
    title: publication.tocTitle,
    epubType: 'frontmatter',
    body: publication.navXhtml,
  });

/** The EPUB 2 table of contents, for older readers. */
export function ncxDocument(publication: Publication): string {
  const { navMap, depth } = renderNcxNavMap(publication.toc);
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${x(publication.language)}">
  <head>
    <meta name="dtb:uid" content="${x(publication.identifier)}"/>
    <meta name="dtb:depth" content="${depth}"/>
    <meta name="dtb:totalPageCount" content="0"/>
    <meta name="dtb:maxPageNumber" content="0"/>
  </head>
  <docTitle><text>${x(publication.title)}</text></docTitle>
  <navMap>
${navMap}
  </navMap>
</ncx>
`;
}

/** `META-INF/container.xml`: where the package document is. */
export const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;
