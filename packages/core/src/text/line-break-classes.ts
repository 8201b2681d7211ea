// Japanese line-breaking classes after W3C JLReq (https://www.w3.org/TR/jlreq/), appendix A.

/** cl-01 opening brackets: never at a line end. */
export const OPENING_BRACKETS = '‘“(〔[{〈《「『【⦅〘〖«〝（［｛｟';
/** cl-02 closing brackets: never at a line start. */
export const CLOSING_BRACKETS = '’”)〕]}〉》」』】⦆〙〗»〟）］｝｠';
/** cl-03 hyphens: never at a line start. */
export const HYPHENS = '‐〜゠–～';
/** cl-04 dividing punctuation: never at a line start. */
export const DIVIDING_PUNCTUATION = '!?‼⁇⁈⁉！？';
/** cl-05 middle dots: never at a line start. */
export const MIDDLE_DOTS = '・:;：；･';
/** cl-06 full stops: never at a line start. */
export const FULL_STOPS = '。.．｡';
/** cl-07 commas: never at a line start. */
export const COMMAS = '、,，､';
/** cl-08 inseparable characters: never split between two of them. */
export const INSEPARABLE = '—…‥〳〴〵';
/** cl-09 iteration marks: never at a line start. */
export const ITERATION_MARKS = 'ヽヾゝゞ々〻';
/** cl-10 prolonged sound mark: never at a line start. */
export const PROLONGED_SOUND_MARK = 'ーｰ';
/** cl-11 small kana: never at a line start. */
export const SMALL_KANA =
  'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｯｬｭｮ';

/** Characters that may hang past the line end (ぶら下げ). */
export const HANGING = '。、．，';

const lineStartProhibited = new Set(
  [
    CLOSING_BRACKETS,
    HYPHENS,
    DIVIDING_PUNCTUATION,
    MIDDLE_DOTS,
    FULL_STOPS,
    COMMAS,
    ITERATION_MARKS,
    PROLONGED_SOUND_MARK,
    SMALL_KANA,
  ].join(''),
);
const lineEndProhibited = new Set(OPENING_BRACKETS);
const inseparable = new Set(INSEPARABLE);

/** True when `char` must not start a line (行頭禁則). */
export const isLineStartProhibited = (char: string): boolean => lineStartProhibited.has(char);
/** True when `char` must not end a line (行末禁則). */
export const isLineEndProhibited = (char: string): boolean => lineEndProhibited.has(char);
/** True when `char` belongs to cl-08 (— … ‥): never split two of them. */
export const isInseparable = (char: string): boolean => inseparable.has(char);

/**
 * True when a line may break between `before` and `after` as far as kinsoku is concerned.
 * Word-level rules (Latin words, numbers, URLs) are the line composer's business.
 */
export function canBreakBetween(before: string, after: string): boolean {
  if (isLineEndProhibited(before) || isLineStartProhibited(after)) return false;
  if (isInseparable(before) && isInseparable(after)) return false;
  return true;
}

/** Ideographs, kana and full-width punctuation: text set on the character grid. */
export function isCjk(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x3000 && code <= 0x30ff) || // CJK punctuation, hiragana, katakana
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) || // half- and full-width forms
    (code >= 0x31f0 && code <= 0x31ff) ||
    (code >= 0x20000 && code <= 0x3134f)
  );
}

/** True when the text contains Japanese (kana, ideographs or full-width punctuation). */
export const hasCjk = (text: string): boolean => [...text].some(isCjk);
