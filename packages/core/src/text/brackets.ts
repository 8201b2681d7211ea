/** Opening bracket -> its closing partner, for balance checks and typesetting. */
export const BRACKET_PAIRS: Readonly<Record<string, string>> = {
  '「': '」',
  '『': '』',
  '（': '）',
  '(': ')',
  '【': '】',
  '〔': '〕',
  '［': '］',
  '[': ']',
  '｛': '｝',
  '〈': '〉',
  '《': '》',
  '〘': '〙',
  '〖': '〗',
  '“': '”',
  '‘': '’',
  '«': '»',
};

/** One unbalanced bracket: where it is and what is wrong. */
export interface BracketProblem {
  /** Code-unit offset of the bracket in the text. */
  offset: number;
  /** The bracket character. */
  char: string;
  /** `unclosed`: an opening bracket never closed; `unopened`: a closing one never opened. */
  kind: 'unclosed' | 'unopened' | 'mismatched';
  /** The closing bracket that was expected, for `unclosed` and `mismatched`. */
  expected?: string;
}

const closers = new Map(Object.entries(BRACKET_PAIRS).map(([open, close]) => [close, open]));

/** Find brackets that do not pair up, in text order. */
export function findUnbalancedBrackets(text: string): BracketProblem[] {
  const stack: { char: string; offset: number }[] = [];
  const problems: BracketProblem[] = [];
  for (let offset = 0; offset < text.length; offset++) {
    const char = text[offset]!;
    if (char in BRACKET_PAIRS) {
      stack.push({ char, offset });
    } else if (closers.has(char)) {
      const top = stack.at(-1);
      if (top && BRACKET_PAIRS[top.char] === char) stack.pop();
      else if (top && stack.some((entry) => BRACKET_PAIRS[entry.char] === char)) {
        problems.push({
          offset: top.offset,
          char: top.char,
          kind: 'mismatched',
          expected: BRACKET_PAIRS[top.char]!,
        });
        while (stack.length > 0 && BRACKET_PAIRS[stack.at(-1)!.char] !== char) stack.pop();
        stack.pop();
      } else problems.push({ offset, char, kind: 'unopened' });
    }
  }
  for (const entry of stack) {
    problems.push({
      offset: entry.offset,
      char: entry.char,
      kind: 'unclosed',
      expected: BRACKET_PAIRS[entry.char]!,
    });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

/** Quotation marks that alternate when nested: outer open, outer close, inner open, inner close. */
const NESTING: readonly (readonly [string, string, string, string])[] = [
  ['「', '」', '『', '』'],
  ['“', '”', '‘', '’'],
];

/** A ’ between two letters is an apostrophe (it’s), not a closing quotation mark. */
const isApostrophe = (chars: string[], at: number): boolean =>
  chars[at] === '’' && /\p{L}/u.test(chars[at - 1] ?? '') && /\p{L}/u.test(chars[at + 1] ?? '');

/**
 * Text that is about to be put inside quotation marks, with its own quotation marks switched to
 * the inner form (入れ子の括弧): a title 「…「…」…」 is printed 「…『…』…」, and a third level goes
 * back to 「」. English double quotes alternate with single ones the same way. One rule for PDF,
 * HTML and EPUB. Marks that do not pair up are left as written, and so is an apostrophe.
 */
export function nestQuotes(text: string): string {
  const chars = Array.from(text);
  const out = [...chars];
  for (const [open, close, innerOpen, innerClose] of NESTING) {
    const stack: number[] = [];
    chars.forEach((char, at) => {
      if (char === open || char === innerOpen) stack.push(at);
      else if ((char === close || char === innerClose) && stack.length > 0 && !isApostrophe(chars, at)) {
        const start = stack.pop()!;
        // Depth 0 inside the caller's marks is the inner form; each level alternates.
        const inner = stack.length % 2 === 0;
        out[start] = inner ? innerOpen : open;
        out[at] = inner ? innerClose : close;
      }
    });
  }
  return out.join('');
}
