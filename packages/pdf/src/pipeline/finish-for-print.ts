import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFPage,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import { packageFile } from '../platform/node.js';
import { cropMarks, MARK_LENGTH, MARK_ROOM, markOperators } from '../print/crop-marks.js';
import { type InkTable, OVERPRINT, toCmykContent, type UnlistedColor } from '../print/ink.js';
import { SLUG_X } from '../print/slug.js';
import { mm } from '../print/units.js';
import { xmpPacket } from '../print/xmp.js';
import { dropAnnotationsFromStructure, isTagged } from '../tagging/drop-annotations.js';
import { MIN_IMAGE_DPI, type PdfWarning } from '../warnings.js';

/** The printing condition a PDF is made for: its CMYK profile and how registries name it. */
export interface OutputIntent {
  /** The ICC profile (CMYK, output class) embedded as `DestOutputProfile`. */
  profile: Uint8Array;
  /** `OutputConditionIdentifier`, e.g. `FOGRA39` or `JC200103`. */
  identifier: string;
  /** Human-readable condition, e.g. `Coated FOGRA39 (ISO 12647-2:2004)`. */
  condition: string;
  /** Registry the identifier comes from (default `http://www.color.org`). */
  registry?: string;
}

/** The output intent shipped with Kiji: FOGRA39 coated offset (see icc/README.md for its licence). */
export async function defaultOutputIntent(): Promise<OutputIntent> {
  return {
    profile: await packageFile('icc/FOGRA39L-coated.icc'),
    identifier: 'FOGRA39',
    condition: 'Offset printing, coated paper (ISO 12647-2:2004/Amd 1, FOGRA39)',
    registry: 'http://www.color.org',
  };
}

/** Everything `finishForPrint` needs besides the PDF. */
export interface FinishForPrintOptions {
  /** Bleed in millimetres on every side (default 3). */
  bleed?: number;
  /** Draw Japanese crop marks and centre marks (default true). */
  marks?: boolean;
  /** RGB colours of the page and the CMYK ink each becomes. */
  inks: InkTable;
  /** Document metadata, stated again in XMP. */
  metadata: {
    title: string;
    authors: string[];
    subject?: string;
    keywords?: string;
    language: string;
    created: Date;
    modified: Date;
  };
  /** `right` for right-bound (vertical) documents: ViewerPreferences /Direction /R2L. */
  binding?: 'left' | 'right';
  /** Default: the bundled FOGRA39 profile. */
  outputIntent?: OutputIntent;
  /**
   * A PDF with one page per page of `pdf`, each a strip to print outside the bleed under the
   * bottom edge (the slug line: title, date, page). Drawn by react-pdf with the embedded fonts.
   */
  slug?: Uint8Array;
  /** Problems that do not stop finishing (colours not in the ink table, low-resolution images). */
  onWarning?: (warning: PdfWarning) => void;
  /**
   * The pages (numbered from 1) whose images are checked for `low-resolution-image`; default
   * every page. Kiji's renderers check figures as they lay them out (naming the JSON path) and
   * leave only what they did not check.
   */
  checkImages?: (page: number) => boolean;
}

const PDFX_VERSION = 'PDF/X-4';
const REGISTRATION = 'KijiRegistration';

/**
 * Make a laid-out PDF print-ready: TrimBox at the laid-out page, BleedBox the bleed beyond it and a
 * MediaBox with room for Japanese crop marks (drawn in registration colour), all colours as
 * DeviceCMYK (black and grey text and rules K only), an output intent with an embedded CMYK
 * profile, XMP metadata, `GTS_PDFXVersion` PDF/X-4, `Trapped` False and a document id derived
 * from the content. Link annotations are removed (a printed page has none; PDF/X allows no
 * annotation inside the bleed). pdf-lib only places boxes, marks and metadata; text stays as
 * react-pdf drew it. The same input and options give the same bytes.
 */
export async function finishForPrint(pdf: Uint8Array, options: FinishForPrintOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = doc.context;
  const bleed = mm(options.bleed ?? 3);
  const room = bleed + MARK_ROOM;
  const unlisted = new Map<string, UnlistedColor>();
  const registration = context.register(registrationColorSpace(doc));
  const slugPages = options.slug
    ? await doc.embedPages((await inked(options.slug, options.inks, unlisted)).getPages())
    : [];
  const pages = doc.getPages();
  const srgb = await rgbImageSpace(doc);
  const tagged = isTagged(doc);
  if (tagged) dropAnnotationsFromStructure(doc);
  pages.forEach((page, index) => {
    const { width, height } = page.getMediaBox();
    page.node.normalize();
    convertContents(page, options.inks, unlisted);
    if (options.checkImages?.(index + 1) ?? true) reportLowResolution(page, index + 1, options.onWarning);
    tagRgbImages(page, srgb);
    const annotations = page.node.lookup(PDFName.of('Annots'));
    if (annotations instanceof PDFArray) {
      // Gone from the file, not only from the page: nothing may point at them any more.
      for (const ref of annotations.asArray()) if (ref instanceof PDFRef) context.delete(ref);
    }
    page.node.delete(PDFName.of('Annots'));
    page.node.delete(PDFName.of('CropBox'));
    page.setMediaBox(-room, -room, width + 2 * room, height + 2 * room);
    page.setBleedBox(-bleed, -bleed, width + 2 * bleed, height + 2 * bleed);
    page.setTrimBox(0, 0, width, height);
    // The page's own drawing is isolated, so the marks start from a clean graphics state.
    page.node.wrapContentStreams(
      context.register(context.stream('q\n')),
      context.register(context.stream('Q\n')),
    );
    let extra = '';
    if (options.marks ?? true) {
      colorSpaces(page).set(PDFName.of(REGISTRATION), registration);
      extra += markOperators(cropMarks(width, height, bleed), REGISTRATION);
    }
    const slug = slugPages[index];
    if (slug) {
      const name = page.node.newXObject('KijiSlug', slug.ref);
      // Under the bottom edge's left half, centred between the bleed and the end of the marks.
      const y = -bleed - MARK_LENGTH / 2 - slug.height / 2;
      extra += `q\n1 0 0 1 ${SLUG_X.toFixed(3)} ${y.toFixed(3)} cm\n/${name.asString().slice(1)} Do\nQ\n`;
    }
    // Marks and slug are artifacts of a tagged PDF: no reader reads them.
    if (extra && tagged) extra = `/Artifact <</Type /Pagination>> BDC\n${extra}EMC\n`;
    if (extra) page.node.addContentStream(context.register(context.flateStream(extra)));
  });
  for (const color of unlisted.values()) {
    options.onWarning?.({
      code: 'rgb-converted',
      path: 'theme.colors',
      message: `${color.rgb} is no theme colour with a print value; printed as CMYK ${color.cmyk.join('/')} (converted without a profile): give it in theme.print.colors`,
    });
  }
  const id = await sha256(concat(pdf, encodeLatin1(JSON.stringify(await describe(options)))));
  const documentId = hex(id.subarray(0, 16));
  const instanceId = hex((await sha256(concat(id, encodeLatin1('instance')))).subarray(0, 16));
  setInfo(doc, options.metadata);
  const catalog = doc.catalog;
  const xmp = xmpPacket({
    ...options.metadata,
    documentId: `uuid:${uuid(documentId)}`,
    instanceId: `uuid:${uuid(instanceId)}`,
    creator: 'Kiji',
    producer: 'Kiji',
    pdfx: PDFX_VERSION,
    // A tagged PDF states its PDF/UA part again, as the screen PDF did.
    ...(tagged ? { pdfua: 1 } : {}),
  });
  const metadata = context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));
  const intent = options.outputIntent ?? (await defaultOutputIntent());
  catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(outputIntent(doc, intent))]));
  if (options.binding === 'right') {
    // Kept with the title shown in the window bar (DisplayDocTitle, PDF/UA-1 7.1).
    const preferences = catalog.lookup(PDFName.of('ViewerPreferences'));
    if (preferences instanceof PDFDict) preferences.set(PDFName.of('Direction'), PDFName.of('R2L'));
    else catalog.set(PDFName.of('ViewerPreferences'), context.obj({ Direction: 'R2L' }));
  }
  context.trailerInfo.ID = context.obj([PDFHexString.of(documentId), PDFHexString.of(instanceId)]);
  // No object streams, which older RIPs and preflight tools read badly.
  const saved = await doc.save({
    useObjectStreams: false,
    addDefaultPage: false,
    updateFieldAppearances: false,
  });
  return asPdf16(saved);
}

/**
 * PDF/X-4 is based on PDF 1.6 and preflight tools reject a newer header; pdf-lib always writes
 * 1.7 (and uses nothing newer than 1.5 here). The header is rewritten in place, same length.
 */
function asPdf16(pdf: Uint8Array): Uint8Array {
  const header = decodeLatin1(pdf.subarray(0, 8));
  if (header !== '%PDF-1.7') throw new Error(`pdf-lib wrote an unexpected header "${header}"`);
  pdf.set(encodeLatin1('%PDF-1.6'), 0);
  return pdf;
}

/** What of the options changes the output, for the document id. */
async function describe(options: FinishForPrintOptions) {
  return {
    bleed: options.bleed ?? 3,
    marks: options.marks ?? true,
    inks: [...options.inks],
    binding: options.binding ?? 'left',
    intent: options.outputIntent?.identifier ?? 'FOGRA39',
    slug: options.slug ? hex(await sha256(options.slug)) : null,
  };
}

const uuid = (hex: string): string =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

/** The page's colour space resources, created when it has none. */
function colorSpaces(page: PDFPage): PDFDict {
  const { Resources } = page.node.normalizedEntries();
  const existing = Resources.lookupMaybe(PDFName.of('ColorSpace'), PDFDict);
  if (existing) return existing;
  const created = page.node.context.obj({});
  Resources.set(PDFName.of('ColorSpace'), created);
  return created;
}

/** Registration colour: a separation named All, which prints on every plate. */
function registrationColorSpace(doc: PDFDocument) {
  const context = doc.context;
  const tint = context.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [1, 1, 1, 1], N: 1 });
  return context.obj([PDFName.of('Separation'), PDFName.of('All'), PDFName.of('DeviceCMYK'), tint]);
}

function outputIntent(doc: PDFDocument, intent: OutputIntent): PDFDict {
  const context = doc.context;
  const profile = context.flateStream(intent.profile, { N: 4 });
  return context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: PDFString.of(intent.identifier),
    OutputCondition: PDFString.of(intent.condition),
    Info: PDFString.of(intent.condition),
    RegistryName: PDFString.of(intent.registry ?? 'http://www.color.org'),
    DestOutputProfile: context.register(profile),
  });
}

/** The document information dictionary, consistent with the XMP packet. */
function setInfo(doc: PDFDocument, metadata: FinishForPrintOptions['metadata']): void {
  doc.setTitle(metadata.title);
  if (metadata.authors.length) doc.setAuthor(metadata.authors.join(', '));
  if (metadata.subject) doc.setSubject(metadata.subject);
  doc.setCreator('Kiji');
  doc.setProducer('Kiji');
  doc.setCreationDate(metadata.created);
  doc.setModificationDate(metadata.modified);
  // pdf-lib keeps the information dictionary's accessor private; the keys below have no setter.
  const info = (doc as unknown as { getInfoDict(): PDFDict }).getInfoDict();
  info.set(PDFName.of('GTS_PDFXVersion'), PDFString.of(PDFX_VERSION));
  info.set(PDFName.of('Trapped'), PDFName.of('False'));
}

/** A PDF (the slug strips) with its colours rewritten as ink, ready to be placed. */
async function inked(
  pdf: Uint8Array,
  inks: InkTable,
  unlisted: Map<string, UnlistedColor>,
): Promise<PDFDocument> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  for (const page of doc.getPages()) convertContents(page, inks, unlisted);
  return doc;
}

/** The content streams of a page and of the form XObjects it draws, each decoded. */
function contentStreams(
  page: PDFPage,
): { ref: PDFRef | undefined; stream: PDFStream; owner: PDFArray | PDFDict }[] {
  const found: { ref: PDFRef | undefined; stream: PDFStream; owner: PDFArray | PDFDict }[] = [];
  const contents = page.node.get(PDFName.of('Contents'));
  const resolved = page.node.context.lookup(contents);
  if (resolved instanceof PDFArray) {
    for (let i = 0; i < resolved.size(); i++) {
      const ref = resolved.get(i) as PDFRef;
      const stream = page.node.context.lookup(ref);
      if (stream instanceof PDFStream) found.push({ ref, stream, owner: resolved });
    }
  } else if (resolved instanceof PDFStream) {
    found.push({ ref: contents as PDFRef, stream: resolved, owner: page.node });
  }
  return found;
}

const decode = (stream: PDFStream): string =>
  decodeLatin1(stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents());

/** Rewrite every colour of the page's drawing as CMYK ink. */
function convertContents(page: PDFPage, inks: InkTable, unlisted: Map<string, UnlistedColor>): void {
  const context = page.node.context;
  let changed = false;
  for (const { ref, stream } of contentStreams(page)) {
    const before = decode(stream);
    const after = toCmykContent(before, inks, unlisted);
    if (after === before || !ref) continue;
    context.assign(ref, context.flateStream(encodeLatin1(after)));
    changed = true;
  }
  if (!changed) return;
  const { Resources } = page.node.normalizedEntries();
  let states = Resources.lookupMaybe(PDFName.of('ExtGState'), PDFDict);
  if (!states) {
    states = context.obj({});
    Resources.set(PDFName.of('ExtGState'), states);
  }
  // Only the fill flag: stroking keeps its own (knock-out) default.
  states.set(PDFName.of(OVERPRINT.on), context.obj({ Type: 'ExtGState', op: true, OPM: 1 }));
  states.set(PDFName.of(OVERPRINT.off), context.obj({ Type: 'ExtGState', op: false }));
}

/**
 * The images a content stream draws and their printed width: pdfkit writes each as the lines
 * `w 0 0 h x y cm` and `/Name Do`. Read token by token (no pattern scans the whole stream).
 */
function drawnImages(content: string): { name: string; width: number }[] {
  const found: { name: string; width: number }[] = [];
  const lines = content.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const draw = lines[i]!.trim().split(' ');
    if (draw.length !== 2 || draw[1] !== 'Do' || !draw[0]!.startsWith('/')) continue;
    const matrix = lines[i - 1]!.trim().split(' ');
    if (matrix.length !== 7 || matrix[6] !== 'cm' || matrix[1] !== '0' || matrix[2] !== '0') continue;
    found.push({ name: draw[0]!.slice(1), width: Math.abs(Number(matrix[0])) });
  }
  return found;
}

/**
 * The colour space that replaces DeviceRGB in images: ICC-based sRGB, so the RIP converts the
 * pixels to the output condition instead of guessing (PDF/X-4 allows no device RGB beside a CMYK
 * output intent). The profile ships in icc/ (zlib licence, see icc/README.md).
 */
async function rgbImageSpace(doc: PDFDocument): Promise<PDFRef> {
  const context = doc.context;
  const profile = context.flateStream(await packageFile('icc/sRGB.icc'), { N: 3, Alternate: 'DeviceRGB' });
  return context.register(context.obj([PDFName.of('ICCBased'), context.register(profile)]));
}

/** Give the page's RGB images (and RGB palettes) the ICC-based sRGB colour space. */
function tagRgbImages(page: PDFPage, srgb: PDFRef): void {
  const context = page.node.context;
  const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (!xobjects) return;
  const COLOR_SPACE = PDFName.of('ColorSpace');
  const DEVICE_RGB = PDFName.of('DeviceRGB');
  for (const [, ref] of xobjects.entries()) {
    const image = context.lookup(ref);
    if (!(image instanceof PDFStream)) continue;
    if (image.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    const space = image.dict.lookup(COLOR_SPACE);
    if (space === DEVICE_RGB) image.dict.set(COLOR_SPACE, srgb);
    // [/Indexed /DeviceRGB hival lookup]: a PNG palette.
    else if (
      space instanceof PDFArray &&
      space.get(0) === PDFName.of('Indexed') &&
      space.lookup(1) === DEVICE_RGB
    ) {
      space.set(1, srgb);
    }
  }
}

/** Report images whose pixels are spread thinner than `MIN_IMAGE_DPI` on the printed page. */
function reportLowResolution(
  page: PDFPage,
  pageNumber: number,
  warn: FinishForPrintOptions['onWarning'],
): void {
  if (!warn) return;
  const context = page.node.context;
  const resources = page.node.Resources();
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (!xobjects) return;
  for (const { stream } of contentStreams(page)) {
    for (const drawn of drawnImages(decode(stream))) {
      const image = context.lookup(xobjects.get(PDFName.of(drawn.name)));
      if (!(image instanceof PDFStream)) continue;
      if (image.dict.get(PDFName.of('Subtype'))?.toString() !== '/Image') continue;
      const pixels = image.dict.lookupMaybe(PDFName.of('Width'), PDFNumber)?.asNumber() ?? 0;
      const points = drawn.width;
      if (points === 0 || pixels === 0) continue;
      const dpi = pixels / (points / 72);
      if (dpi < MIN_IMAGE_DPI) {
        warn({
          code: 'low-resolution-image',
          path: `page ${pageNumber}`,
          message: `an image of ${pixels} pixels across is printed ${(points / mm(1)).toFixed(1)} mm wide: ${Math.round(dpi)} dpi, under the ${MIN_IMAGE_DPI} dpi a print shop needs; give a larger image or print it smaller`,
        });
      }
    }
  }
}

// Content streams are bytes; as latin1 text every byte is one character and back (pdfkit writes
// text as hex strings, so no text is touched). Written out because a browser's TextDecoder
// 'latin1' is windows-1252.
function decodeLatin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return text;
}

function encodeLatin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** SHA-256 with Web Crypto, which Node 20 and browsers both have. */
async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
