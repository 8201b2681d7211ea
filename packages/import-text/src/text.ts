// Small text predicates shared by the steps.

/** Characters that end a sentence, including closing quotes after one. */
const TERMINAL = /[。．.!?！？」』”"’）)]$/u;

/** True when the text ends like a finished sentence. */
export function endsSentence(text: string): boolean {
  return TERMINAL.test(text.trimEnd());
}

/**
 * The text without a final ellipsis (a run of …, of ‥, or of three or more dots) and the white
 * space before it; the text itself when it has none. Scans back from the end, so the cost does
 * not depend on what comes before.
 */
export function withoutEllipsis(text: string): string {
  const mark = text.at(-1);
  if (mark !== '…' && mark !== '‥' && mark !== '.') return text;
  let start = text.length;
  while (start > 0 && text[start - 1] === mark) start--;
  if (mark === '.' && text.length - start < 3) return text;
  return text.slice(0, start).trimEnd();
}

/** True when the text ends with an ellipsis (…, ..., ‥). */
export function endsWithEllipsis(text: string): boolean {
  return /(…|\.\.\.|‥)$/u.test(text.trimEnd());
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** True for Han, Hiragana, Katakana and full-width forms. */
export function isCjkChar(char: string): boolean {
  return CJK.test(char);
}

/** Columns a reader sees: CJK characters count 2, others 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isCjkChar(char) ? 2 : 1;
  return width;
}

/** Full-width digits and letters to ASCII (NFKC), for pattern matching only. */
export function toHalfWidth(text: string): string {
  return text.normalize('NFKC');
}

/**
 * `ja` when the text is mostly Japanese, else `en`. Japanese characters count once each,
 * Latin letters a third each (a Latin word is several letters); kana must be present, so
 * Chinese text without kana is not taken for Japanese.
 */
export function detectLanguage(text: string): 'ja' | 'en' {
  const kana = text.match(KANA)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  const japanese = kana + han;
  return kana > 0 && japanese >= latin / 3 ? 'ja' : 'en';
}

/** Split text into sentences, keeping the final punctuation with each. */
export function splitSentences(text: string): string[] {
  const pieces = text.match(/[^。！？]+(?:[。！？]+[」』]?|$)|[。！？]+/gu) ?? [];
  return pieces
    .flatMap((piece) => piece.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** The last sentence of a paragraph. */
export function lastSentence(text: string): string {
  return splitSentences(text).at(-1) ?? text;
}
