/**
 * A walker over the content streams of every page that checks the marked content the way a
 * PDF/UA checker does: every painting operator (text, paths, images, shadings) is inside either
 * marked content with an MCID (real content) or an /Artifact, never both and never neither, and
 * every MCID on a page is claimed by the page's entry in the structure parent tree.
 */
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';

/** Operators that put something on the page. */
const PAINTING = new Set([
  'f',
  'F',
  'f*',
  'B',
  'B*',
  'b',
  'b*',
  'S',
  's',
  'Tj',
  'TJ',
  "'",
  '"',
  'Do',
  'sh',
  'BI',
]);

export interface MarkedContentReport {
  /** Painting operators outside any structure element or artifact, as `page N: op`. */
  unmarked: string[];
  /** Real content inside an artifact or inside other real content. */
  misnested: string[];
  /** MCIDs the page's parent tree entry does not point at an element for. */
  unclaimed: string[];
  /** Marked-content sequences left open at the end of a page, or closed without being open. */
  unbalanced: string[];
  /** How many painting operators were seen in all. */
  painted: number;
}

function decode(stream: PDFRawStream): string {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const bytes =
    filter instanceof PDFName && filter.decodeText() === 'FlateDecode'
      ? inflateSync(stream.contents)
      : stream.contents;
  return Buffer.from(bytes).toString('latin1');
}

/** Split a content stream into operands and operators (strings, hex strings, arrays, dictionaries skipped as operands). */
function* tokens(source: string): Generator<{ operator: string; operands: string[] }> {
  let operands: string[] = [];
  let at = 0;
  const length = source.length;
  while (at < length) {
    const char = source[at]!;
    if (/\s/.test(char)) {
      at++;
    } else if (char === '%') {
      while (at < length && source[at] !== '\n' && source[at] !== '\r') at++;
    } else if (char === '(') {
      let depth = 0;
      const start = at;
      for (; at < length; at++) {
        const c = source[at];
        if (c === '\\') at++;
        else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      at++;
      operands.push(source.slice(start, at));
    } else if (char === '<' && source[at + 1] === '<') {
      let depth = 0;
      const start = at;
      for (; at < length; at++) {
        if (source[at] === '<' && source[at + 1] === '<') {
          depth++;
          at++;
        } else if (source[at] === '>' && source[at + 1] === '>') {
          depth--;
          at++;
          if (depth === 0) break;
        }
      }
      at++;
      operands.push(source.slice(start, at));
    } else if (char === '<') {
      const end = source.indexOf('>', at);
      operands.push(source.slice(at, end + 1));
      at = end + 1;
    } else if (char === '[' || char === ']') {
      operands.push(char);
      at++;
    } else if (char === '/') {
      const match = /^\/[^\s/<>[\]()%{}]*/.exec(source.slice(at, at + 128))!;
      operands.push(match[0]);
      at += match[0].length;
    } else {
      const match = /^[^\s/<>[\]()%{}]+/.exec(source.slice(at, at + 128));
      const word = match ? match[0] : char;
      at += word.length;
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || word === 'true' || word === 'false' || word === 'null') {
        operands.push(word);
      } else {
        yield { operator: word, operands };
        operands = [];
      }
    }
  }
}

export async function checkMarkedContent(pdf: Uint8Array): Promise<MarkedContentReport> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const treeRoot = doc.catalog.lookup(PDFName.of('StructTreeRoot'));
  const parentTree = treeRoot instanceof PDFDict ? treeRoot.lookup(PDFName.of('ParentTree')) : undefined;
  const entries = new Map<number, PDFArray>();
  const collect = (node: PDFDict) => {
    const nums = node.lookup(PDFName.of('Nums'));
    if (nums instanceof PDFArray) {
      for (let i = 0; i < nums.size(); i += 2) {
        const value = nums.lookup(i + 1);
        if (value instanceof PDFArray) entries.set(nums.lookup(i, PDFNumber).asNumber(), value);
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) collect(kids.lookup(i, PDFDict));
  };
  if (parentTree instanceof PDFDict) collect(parentTree);

  const report: MarkedContentReport = {
    unmarked: [],
    misnested: [],
    unclaimed: [],
    unbalanced: [],
    painted: 0,
  };
  doc.getPages().forEach((page, index) => {
    const where = `page ${index + 1}`;
    const key = page.node.lookup(PDFName.of('StructParents'));
    const claims = key instanceof PDFNumber ? entries.get(key.asNumber()) : undefined;
    const contents = page.node.lookup(PDFName.of('Contents'));
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    const source = streams
      .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
      .map(decode)
      .join('\n');
    // Each open sequence: artifact, real content (an MCID) or other (a span, optional content).
    const open: ('artifact' | 'real' | 'other')[] = [];
    for (const { operator, operands } of tokens(source)) {
      if (operator === 'BMC' || operator === 'BDC') {
        const tag = operands[0];
        const mcid = operator === 'BDC' ? /\/MCID\s+(\d+)/.exec(operands[1] ?? '') : null;
        if (tag === '/Artifact') {
          if (open.includes('real')) report.misnested.push(`${where}: an artifact inside real content`);
          open.push('artifact');
        } else if (mcid) {
          if (open.includes('artifact') || open.includes('real'))
            report.misnested.push(
              `${where}: MCID ${mcid[1]} inside ${open.includes('real') ? 'real content' : 'an artifact'}`,
            );
          const at = Number(mcid[1]);
          if (!claims || at >= claims.size() || !(claims.lookup(at) instanceof PDFDict))
            report.unclaimed.push(`${where}: MCID ${mcid[1]}`);
          open.push('real');
        } else {
          open.push('other');
        }
      } else if (operator === 'EMC') {
        if (open.pop() === undefined) report.unbalanced.push(`${where}: EMC without a sequence`);
      } else if (PAINTING.has(operator)) {
        report.painted++;
        if (!open.includes('artifact') && !open.includes('real'))
          report.unmarked.push(`${where}: ${operator}`);
      }
    }
    if (open.length > 0) report.unbalanced.push(`${where}: ${open.length} sequences left open`);
  });
  return report;
}
