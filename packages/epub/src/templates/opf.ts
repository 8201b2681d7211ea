import type { Publication } from '../publication.js';
import { escapeXml as x } from '../xml.js';

/**
 * The package document: metadata (language, dates from the content, accessibility), the
 * manifest and the spine (`page-progression-direction` from the writing direction).
 */
export function packageDocument(publication: Publication): string {
  const p = publication;
  const line = (text: string | false | undefined) => (text ? `    ${text}\n` : '');
  const images = p.resources.some((resource) => resource.mediaType.startsWith('image/'));
  const metadata = [
    `<dc:identifier id="pub-id">${x(p.identifier)}</dc:identifier>`,
    `<dc:title id="title">${x(p.title)}</dc:title>`,
    `<dc:language>${x(p.language)}</dc:language>`,
    ...p.creators.map((creator, index) => `<dc:creator id="creator-${index + 1}">${x(creator)}</dc:creator>`),
    p.publisher !== undefined && `<dc:publisher>${x(p.publisher)}</dc:publisher>`,
    p.date !== undefined && `<dc:date>${x(p.date)}</dc:date>`,
    `<dc:description>${x(p.description)}</dc:description>`,
    ...p.subjects.map((subject) => `<dc:subject>${x(subject)}</dc:subject>`),
    `<meta property="dcterms:modified">${p.modified}</meta>`,
    '<meta property="schema:accessMode">textual</meta>',
    images && '<meta property="schema:accessMode">visual</meta>',
    images && '<meta property="schema:accessibilityFeature">alternativeText</meta>',
    '<meta property="schema:accessModeSufficient">textual</meta>',
    '<meta property="schema:accessibilityFeature">structuralNavigation</meta>',
    '<meta property="schema:accessibilityFeature">tableOfContents</meta>',
    '<meta property="schema:accessibilityFeature">readingOrder</meta>',
    '<meta property="schema:accessibilityHazard">none</meta>',
    p.coverImage && `<meta name="cover" content="${x(p.coverImage.id)}"/>`,
    p.vertical && '<meta name="primary-writing-mode" content="vertical-rl"/>',
    p.embedsFonts && '<meta property="ibooks:specified-fonts">true</meta>',
  ];
  const manifest = [
    '<item id="nav" href="toc.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
    '<item id="css" href="style.css" media-type="text/css"/>',
    ...p.documents.map(
      (document, index) =>
        `<item id="doc-${index + 1}" href="${x(document.filename)}" media-type="application/xhtml+xml"/>`,
    ),
    ...p.resources.map(
      (resource) =>
        `<item id="${x(resource.id)}" href="${x(resource.href)}" media-type="${x(resource.mediaType)}"${resource.properties ? ` properties="${x(resource.properties)}"` : ''}/>`,
    ),
  ];
  const itemref = (index: number) => `<itemref idref="doc-${index + 1}"/>`;
  const spine = [
    ...p.documents.flatMap((document, index) => (document.beforeToc ? [itemref(index)] : [])),
    '<itemref idref="nav"/>',
    ...p.documents.flatMap((document, index) => (document.beforeToc ? [] : [itemref(index)])),
  ];
  const prefix = p.embedsFonts
    ? ' prefix="ibooks: http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/"'
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="${x(p.language)}"${prefix}>
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
${metadata.map(line).join('')}  </metadata>
  <manifest>
${manifest.map(line).join('')}  </manifest>
  <spine toc="ncx" page-progression-direction="${p.vertical ? 'rtl' : 'ltr'}">
${spine.map(line).join('')}  </spine>
</package>
`;
}
