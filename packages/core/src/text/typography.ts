// Opt-in typographic clean-ups of scraped text. Never applied unless asked for: the text is the
// author's, and straight quotes or a spaced hyphen may be what they wrote on purpose.

const OPENING_CONTEXT = /[\s([{\u2014\u2013/「『（]/u;

/**
 * Straight quotes to curly ones and a spaced hyphen used as a dash to a spaced em dash:
 * `"Yes," she said - it's done.` → `“Yes,” she said — it’s done.` A quote mark opens after a
 * space, an opening bracket or a dash (or at the start), and closes elsewhere; an apostrophe
 * inside a word (it's) becomes ’. `before` is the text just before `text` (a preceding text node).
 */
export function smartenQuotes(text: string, before = ''): string {
  let out = '';
  let previous = before.at(-1) ?? '';
  for (const char of text) {
    let next = char;
    if (char === '"') next = previous === '' || OPENING_CONTEXT.test(previous) ? '\u201C' : '\u201D';
    else if (char === "'") next = previous === '' || OPENING_CONTEXT.test(previous) ? '\u2018' : '\u2019';
    out += next;
    previous = next;
  }
  return out.replace(/(?<=\S) - (?=\S)/gu, ' \u2014 ');
}

/** Full-width Latin letters and digits (ＧＤＰ, １５日) to their half-width forms (GDP, 15日). */
export function toHalfWidthAlphanumerics(text: string): string {
  return text.replace(/[Ａ-Ｚａ-ｚ０-９]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** True when the text has straight quotes or a spaced hyphen that `smartenQuotes` would change. */
export function findTypewriterPunctuation(text: string): { offset: number; what: 'quote' | 'dash' }[] {
  const found: { offset: number; what: 'quote' | 'dash' }[] = [];
  for (const match of text.matchAll(/["']|(?<=\S) - (?=\S)/gu)) {
    // An apostrophe inside a word (it's) is left to smartenQuotes; report quotation marks only.
    if (
      match[0] === "'" &&
      /\p{L}/u.test(text[match.index - 1] ?? '') &&
      /\p{L}/u.test(text[match.index + 1] ?? '')
    )
      continue;
    found.push({
      offset: match[0] === ' - ' ? match.index + 1 : match.index,
      what: match[0] === ' - ' ? 'dash' : 'quote',
    });
  }
  return found;
}
