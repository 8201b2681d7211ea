/**
 * A PDF's objects as text, wherever pdfkit wrote them: Kiji's PDFs keep the objects that are not
 * streams (pages, annotations and their actions, font dictionaries, structure elements) in
 * compressed object streams (PDF 1.5), so a test that looks for a key or a value in the file's
 * bytes alone would not see them — and a test that something is absent would pass for nothing.
 */
import { inflateSync } from 'node:zlib';

/** The number after `/key` in a dictionary's text. */
const numberOf = (dictionary: string, key: string): number =>
  Number(new RegExp(`/${key} (\\d+)`).exec(dictionary)?.[1] ?? Number.NaN);

/**
 * The file as latin1 text, followed by each object of each object stream written out as a plain
 * `N 0 obj … endobj` object, in pdfkit's own syntax.
 */
export function pdfText(pdf: Uint8Array): string {
  const text = Buffer.from(pdf).toString('latin1');
  const objects: string[] = [];
  for (const match of text.matchAll(/\n\d+ 0 obj\n(<<\n\/Type \/ObjStm\n[\s\S]*?>>)\nstream\n/g)) {
    const dictionary = match[1]!;
    const start = match.index + match[0].length;
    const body = inflateSync(pdf.subarray(start, start + numberOf(dictionary, 'Length'))).toString('latin1');
    const first = numberOf(dictionary, 'First');
    const header = body.slice(0, first).trim().split(/\s+/).map(Number);
    for (let at = 0; at < header.length; at += 2) {
      const end = at + 3 < header.length ? first + header[at + 3]! : body.length;
      objects.push(`\n${header[at]} 0 obj\n${body.slice(first + header[at + 1]!, end).trimEnd()}\nendobj\n`);
    }
  }
  if (/\/Type \/ObjStm/.test(text) && objects.length === 0) throw new Error('object streams not read');
  return text + objects.join('');
}
