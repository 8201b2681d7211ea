/** What the XMP packet of a print PDF states; the same as the document information dictionary. */
export interface XmpFields {
  title: string;
  authors: string[];
  subject?: string;
  keywords?: string;
  language: string;
  /** Absent for an undated article: no date rather than a made-up one. */
  created?: Date;
  modified?: Date;
  /** `uuid:…` ids derived from the content. */
  documentId?: string;
  instanceId?: string;
  creator: string;
  producer: string;
  /** `PDF/X-4` (print PDFs). */
  pdfx?: string;
  /** The PDF/UA part the document conforms to (tagged PDFs): 1. */
  pdfua?: number;
  /** Padding for editing in place (default true; the packet convention, which PDF/X tools expect). */
  padding?: boolean;
}

const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot hold (control characters) are dropped.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** An ISO date without milliseconds, as XMP writes it: 2025-10-28T00:00:00Z. */
export const xmpDate = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The XMP metadata packet PDF/X-4 requires (ISO 15930-7 6.7): title, creator, dates, producer,
 * trapping state, document and instance ids and the PDF/X version, consistent with the
 * document information dictionary. Written uncompressed, with padding, as the packet convention
 * asks, so a later tool can edit it in place.
 */
export function xmpPacket(fields: XmpFields): string {
  const li = (values: string[]) => values.map((value) => `<rdf:li>${escapeXml(value)}</rdf:li>`).join('');
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"',
    ...(fields.pdfx ? [' xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"'] : []),
    ...(fields.pdfua ? [' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"'] : []),
    '>',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.title)}</rdf:li></rdf:Alt></dc:title>`,
    ...(fields.authors.length ? [`<dc:creator><rdf:Seq>${li(fields.authors)}</rdf:Seq></dc:creator>`] : []),
    ...(fields.subject
      ? [
          `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.subject)}</rdf:li></rdf:Alt></dc:description>`,
        ]
      : []),
    `<dc:language><rdf:Bag>${li([fields.language])}</rdf:Bag></dc:language>`,
    ...(fields.created ? [`<xmp:CreateDate>${xmpDate(fields.created)}</xmp:CreateDate>`] : []),
    ...(fields.modified
      ? [
          `<xmp:ModifyDate>${xmpDate(fields.modified)}</xmp:ModifyDate>`,
          `<xmp:MetadataDate>${xmpDate(fields.modified)}</xmp:MetadataDate>`,
        ]
      : []),
    `<xmp:CreatorTool>${escapeXml(fields.creator)}</xmp:CreatorTool>`,
    `<pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>`,
    ...(fields.keywords ? [`<pdf:Keywords>${escapeXml(fields.keywords)}</pdf:Keywords>`] : []),
    '<pdf:Trapped>False</pdf:Trapped>',
    ...(fields.documentId && fields.instanceId
      ? [
          `<xmpMM:DocumentID>${fields.documentId}</xmpMM:DocumentID>`,
          `<xmpMM:InstanceID>${fields.instanceId}</xmpMM:InstanceID>`,
          '<xmpMM:VersionID>1</xmpMM:VersionID>',
          '<xmpMM:RenditionClass>default</xmpMM:RenditionClass>',
        ]
      : []),
    ...(fields.pdfx ? [`<pdfxid:GTS_PDFXVersion>${fields.pdfx}</pdfxid:GTS_PDFXVersion>`] : []),
    ...(fields.pdfua ? [`<pdfuaid:part>${fields.pdfua}</pdfuaid:part>`] : []),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
  ];
  const padding = fields.padding === false ? '' : `${' '.repeat(99)}\n`.repeat(20);
  return `${lines.join('\n')}\n${padding}<?xpacket end="w"?>`;
}
