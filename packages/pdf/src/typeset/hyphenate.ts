import type { Cluster } from './clusters.js';

type Syllables = (word: string) => string[];
/** US English patterns, loaded on demand: building them costs about 70 ms, wasted on Japanese. */
let syllables: Syllables | undefined;

/**
 * Load the hyphenation patterns (US English, `@react-pdf/hyphenate`). Await it once before
 * composing English text that should be hyphenated; `renderPdf` does when an article needs it.
 */
export async function loadHyphenation(): Promise<void> {
  syllables ??= (await import('@react-pdf/hyphenate/en-us')).syllables;
}

/** Whether `loadHyphenation` has finished. */
export function hyphenationLoaded(): boolean {
  return syllables !== undefined;
}

/** Shortest word that is hyphenated, and the fewest letters left before and after the hyphen. */
const MIN_WORD = 6;
const MIN_BEFORE = 2;
const MIN_AFTER = 3;

/** A plain word, perhaps with quotes, brackets or sentence punctuation around it. */
const WORD_TOKEN = /^([("'‘“[]*)(\p{L}[\p{L}\p{M}’']*\p{L})([)"'’”\].,;:!?]*)$/u;

/** Whether `language` (BCP 47) is one the bundled patterns hyphenate: English. */
export function hyphenatesLanguage(language: string): boolean {
  return /^en(-|$)/i.test(language);
}

/**
 * Where a line may end in a hyphen: `points[i] = 1` allows a break before cluster `i` with a
 * hyphen drawn after cluster `i - 1`. Liang's patterns for US English (`@react-pdf/hyphenate`,
 * what react-pdf itself uses), only inside plain words of at least six letters, leaving two
 * letters before and three after the break. Never in numbers, URLs, mail addresses, compounds
 * already holding a hyphen, Japanese or citation marks.
 */
export function hyphenationPoints(clusters: Cluster[]): Uint8Array {
  const points = new Uint8Array(clusters.length + 1);
  let i = 0;
  while (i < clusters.length) {
    if (clusters[i]!.space || clusters[i]!.newline) {
      i++;
      continue;
    }
    let end = i;
    let token = '';
    let plain = true;
    while (end < clusters.length && !clusters[end]!.space && !clusters[end]!.newline) {
      const c = clusters[end]!;
      if (c.cjk || c.superscript || c.hidden) plain = false;
      token += c.text;
      end++;
    }
    const match = plain ? WORD_TOKEN.exec(token) : null;
    if (match && match[2]!.length >= MIN_WORD)
      markWord(clusters, i, end, match[1]!.length, match[2]!, points);
    i = end;
  }
  return points;
}

function markWord(
  clusters: Cluster[],
  from: number,
  to: number,
  lead: number,
  word: string,
  points: Uint8Array,
): void {
  // Code-unit offset of each cluster boundary in the token.
  const clusterAt = new Map<number, number>();
  let offset = 0;
  for (let k = from; k < to; k++) {
    clusterAt.set(offset, k);
    offset += clusters[k]!.text.length;
  }
  if (!syllables) return;
  let at = 0;
  const parts = syllables(word);
  for (let p = 0; p < parts.length - 1; p++) {
    at += parts[p]!.length;
    if (at < MIN_BEFORE || word.length - at < MIN_AFTER) continue;
    const index = clusterAt.get(lead + at);
    if (index !== undefined) points[index] = 1;
  }
}
