/**
 * The one thing react-pdf gets wrong in the document information: pdfkit writes the modification
 * date under a non-standard `/ModificationDate` key. The key is renamed to `/ModDate` in place,
 * padded with spaces to the same length, so every byte offset (the cross-reference table or stream) stays
 * valid and the file needs no re-parsing. Dates, `/Lang` and the document ID are already set by
 * react-pdf from the Document props, deterministically.
 */
const WRONG_KEY = '/ModificationDate';
const RIGHT_KEY = `/ModDate${' '.repeat(WRONG_KEY.length - '/ModDate'.length)}`;

/** ASCII text as bytes. */
const ascii = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** Where `needle` (ASCII) starts in `bytes` at or after `from`, or -1 (no Buffer: runs in browsers too). */
function indexOf(bytes: Uint8Array, needle: string, from = 0): number {
  const want = ascii(needle);
  search: for (let at = bytes.indexOf(want[0]!, from); at >= 0; at = bytes.indexOf(want[0]!, at + 1)) {
    for (let k = 1; k < want.length; k++) if (bytes[at + k] !== want[k]) continue search;
    return at;
  }
  return -1;
}

/** The last place `needle` (ASCII) starts in `bytes`, or -1. */
function lastIndexOf(bytes: Uint8Array, needle: string): number {
  const want = ascii(needle);
  search: for (
    let at = bytes.lastIndexOf(want[0]!);
    at >= 0;
    at = at > 0 ? bytes.lastIndexOf(want[0]!, at - 1) : -1
  ) {
    for (let k = 1; k < want.length; k++) if (bytes[at + k] !== want[k]) continue search;
    return at;
  }
  return -1;
}

/** Info entries removed (blanked in place) from an undated article's PDF. */
const DATE_ENTRY = /\/(?:CreationDate|ModificationDate) +(\d+) 0 R/gu;

/**
 * The date string object an entry pointed at: its value becomes `null` padded to the same length,
 * so the file holds no placeholder date anywhere (react-pdf had to be given one).
 */
function blankDateObject(out: Uint8Array, object: string): void {
  const at = indexOf(out, `\n${object} 0 obj`);
  if (at < 0) return;
  const open = indexOf(out, '(D:', at);
  const close = open < 0 ? -1 : indexOf(out, ')', open);
  const end = indexOf(out, 'endobj', at);
  if (open < 0 || close < 0 || close > end) return;
  out.set(ascii(`null${' '.repeat(close + 1 - open - 4)}`), open);
}

/** ASCII text of `length` bytes from `at`. */
const textAt = (pdf: Uint8Array, at: number, length: number): string =>
  String.fromCharCode(...pdf.subarray(at, at + length));

/**
 * The trailer dictionary's text: `startxref` points at a classic cross-reference table, followed
 * by the `trailer` dictionary, or (pdfkit with object streams, PDF 1.5) at the cross-reference
 * stream, whose dictionary is the trailer.
 */
function trailerOf(pdf: Uint8Array): string {
  const startAt = lastIndexOf(pdf, 'startxref');
  const offset = startAt < 0 ? Number.NaN : Number(/^startxref\s+(\d+)/.exec(textAt(pdf, startAt, 40))?.[1]);
  if (!Number.isInteger(offset)) return '';
  if (textAt(pdf, offset, 4) !== 'xref') return textAt(pdf, offset, 4096).split('stream')[0]!;
  const trailerAt = indexOf(pdf, 'trailer', offset);
  return trailerAt < 0 ? '' : textAt(pdf, trailerAt, 4096);
}

export function finishPdf(pdf: Uint8Array, options: { undated?: boolean } = {}): Uint8Array {
  const infoRef = /\/Info (\d+) 0 R/.exec(trailerOf(pdf));
  if (!infoRef) throw new Error('react-pdf wrote a PDF without a document information dictionary');
  const objectAt = indexOf(pdf, `\n${infoRef[1]} 0 obj`);
  const endAt = objectAt < 0 ? -1 : indexOf(pdf, 'endobj', objectAt);
  if (options.undated && endAt > 0) {
    // An article without a date: no date entries rather than a made-up one.
    const info = String.fromCharCode(...pdf.subarray(objectAt, endAt));
    const out = new Uint8Array(pdf);
    for (const match of info.matchAll(DATE_ENTRY)) {
      out.fill(0x20, objectAt + match.index, objectAt + match.index + match[0].length);
      blankDateObject(out, match[1]!);
    }
    return out;
  }
  const keyAt = endAt < 0 ? -1 : indexOf(pdf, `${WRONG_KEY} `, objectAt);
  if (keyAt < 0 || keyAt > endAt) return pdf;
  const out = new Uint8Array(pdf);
  out.set(ascii(RIGHT_KEY), keyAt);
  return out;
}
