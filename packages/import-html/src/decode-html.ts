import { InputError } from '@kiji/core';
import type { HtmlEncoding } from './types.js';

/** Encoding labels (WHATWG names and common aliases) and the encoding each stands for. */
const LABELS: Readonly<Record<string, HtmlEncoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  // A page saved to disk is bytes, never UTF-16 code units: the HTML standard reads a
  // declared UTF-16 as UTF-8.
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  shift_jis: 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  'x-sjis': 'shift_jis',
  ms_kanji: 'shift_jis',
  csshiftjis: 'shift_jis',
  'windows-31j': 'shift_jis',
  ms932: 'shift_jis',
  cp932: 'shift_jis',
  'euc-jp': 'euc-jp',
  eucjp: 'euc-jp',
  'x-euc-jp': 'euc-jp',
  cseucpkdfmtjapanese: 'euc-jp',
};

const NAMES: Readonly<Record<HtmlEncoding, string>> = {
  'utf-8': 'UTF-8',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
};

/** How far into the page a `<meta charset>` is looked for. */
const PRESCAN_BYTES = 4096;

/** A decoded page: its text, its encoding, and what said so. */
export interface DecodedHtml {
  text: string;
  encoding: HtmlEncoding;
  /** `bom`, `meta` (a `<meta charset>` or `http-equiv` declaration) or `none` (UTF-8 assumed). */
  declaredBy: 'bom' | 'meta' | 'none';
}

/**
 * The text of a saved page: UTF-8, Shift_JIS or EUC-JP, as its byte order mark or its
 * `<meta charset>` (or `http-equiv="Content-Type"`) in the first 4 kB says; UTF-8 when it says
 * nothing. Any other encoding, UTF-16, or bytes that are not valid in the encoding are refused
 * with an `InputError` naming `file` (and the line of the first bad byte).
 */
export function decodeHtml(bytes: Uint8Array, file?: string): DecodedHtml {
  const refuse = (message: string, line?: number): never => {
    throw new InputError([{ path: '', message, ...(line === undefined ? {} : { line, column: 1 }) }], file);
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode(bytes.subarray(3), 'utf-8', refuse), encoding: 'utf-8', declaredBy: 'bom' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    refuse('the page is UTF-16 text, which Kiji does not read: save it as UTF-8');
  }
  const label = declaredCharset(bytes);
  if (label === undefined) {
    return { text: strictDecode(bytes, 'utf-8', refuse, true), encoding: 'utf-8', declaredBy: 'none' };
  }
  const encoding = LABELS[label];
  if (encoding === undefined) {
    refuse(
      `the page declares charset "${label}", which Kiji does not read: save it as UTF-8 (Shift_JIS and EUC-JP are read too)`,
    );
  }
  return { text: strictDecode(bytes, encoding!, refuse), encoding: encoding!, declaredBy: 'meta' };
}

/** The charset label of the first `<meta>` tag in the first 4 kB that declares one, lower case. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 keeps every ASCII byte where it is, whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)).toLowerCase();
  let from = 0;
  for (;;) {
    const start = head.indexOf('<meta', from);
    if (start < 0) return undefined;
    const end = head.indexOf('>', start);
    const tag = head.slice(start, end < 0 ? head.length : end);
    const label = charsetIn(tag);
    if (label !== undefined) return label;
    if (end < 0) return undefined;
    from = end;
  }
}

/** The label after `charset=` in a tag (lower case), read by a scan so no pattern can backtrack. */
function charsetIn(tag: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf('charset', from);
    if (at < 0) return undefined;
    let index = at + 'charset'.length;
    while (index < tag.length && isSpace(tag[index]!)) index++;
    if (tag[index] === '=') {
      index++;
      while (index < tag.length && (isSpace(tag[index]!) || tag[index] === '"' || tag[index] === "'"))
        index++;
      const start = index;
      while (index < tag.length && /[a-z0-9._:-]/u.test(tag[index]!)) index++;
      if (index > start) return tag.slice(start, index);
    }
    from = at + 1;
  }
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';
}

function strictDecode(
  bytes: Uint8Array,
  encoding: HtmlEncoding,
  refuse: (message: string, line?: number) => never,
  undeclared = false,
): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const line = lineOf(bytes, firstBadByte(bytes, encoding));
    refuse(
      undeclared
        ? 'the page is not UTF-8 and declares no charset: add <meta charset="shift_jis"> (or euc-jp) to its <head>, or save it as UTF-8'
        : `the page is not valid ${NAMES[encoding]} text although it declares it: save it again as UTF-8`,
      line,
    );
  }
  if (text!.includes('\0')) refuse('the file holds NUL bytes, so it is not a web page');
  if (text!.trim() === '') refuse('the file is empty: save the page into it');
  return text!;
}

/** The offset of the first byte that makes the prefix undecodable (binary search, streaming). */
function firstBadByte(bytes: Uint8Array, encoding: HtmlEncoding): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    try {
      // stream: an incomplete sequence at the cut is not an error, an invalid one is.
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  return good;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}
