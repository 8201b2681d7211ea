import type { Cluster } from './clusters.js';

/**
 * Japanese letters for 和欧間 (JLReq 3.2.4): kanji, kana and the marks that behave as letters
 * (ー 々 〆 ヶ). Not Japanese punctuation: brackets, 、。 and ・ carry their own blank half-em, and
 * JLReq puts no space between them and Latin text.
 */
const JAPANESE_LETTER =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006\u30f5\u30f6]/u;
/**
 * Latin (and Greek, Cyrillic) letters and ASCII digits, as CSS `text-autospace` counts them:
 * the full-width forms (ＡＢＣ１２３) are set as Japanese and get no space, nor does Latin
 * punctuation (`3.1%増`: none between % and 増).
 */
const WESTERN_ALNUM = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9]/u;
const FULLWIDTH = /^[\uff00-\uffef]/;

const isJapaneseLetter = (char: string): boolean => JAPANESE_LETTER.test(char);
const isWesternAlnum = (char: string): boolean => WESTERN_ALNUM.test(char) && !FULLWIDTH.test(char);

/** Whether 和欧間 belongs between two neighbouring characters. */
export function latinSpacingBetween(before: string, after: string): boolean {
  return (
    (isJapaneseLetter(before) && isWesternAlnum(after)) || (isWesternAlnum(before) && isJapaneseLetter(after))
  );
}

/**
 * 和欧間 (JLReq 3.2.4, and its appendix's quarter em between ideographs and Western letters and
 * digits): `em` ems of space after each character followed by a Latin letter or digit when it is
 * Japanese, or by a Japanese letter when it is Latin. Stored in `extra` (pt, whole font units of
 * the character's font, as the renderer draws it) and added to `width`; never after a citation
 * mark, a space, a hidden character or a character of several code points (the space is drawn
 * into every glyph of the character).
 */
export function markLatinSpacing(clusters: Cluster[], em: number): void {
  if (!(em > 0)) return;
  for (let i = 0; i + 1 < clusters.length; i++) {
    const a = clusters[i]!;
    const b = clusters[i + 1]!;
    if (a.superscript || b.superscript || a.space || b.space || a.hidden || b.hidden) continue;
    if (a.newline || b.newline || a.text.length !== (a.text.codePointAt(0)! > 0xffff ? 2 : 1)) continue;
    if (!latinSpacingBetween(a.last, b.first)) continue;
    const unitsPerEm = a.font.unitsPerEm;
    a.extra = (Math.round(em * unitsPerEm) * a.size) / unitsPerEm;
  }
}
