import { type BracketProblem, findUnbalancedBrackets, type Node, type Quote, toPlainText } from '@kiji/core';
import { defineRule } from '../define-rule.js';
import { type TextBlock, textBlocks } from '../text-blocks.js';

const LETTER = /[\p{L}\p{N}]/u;

/**
 * `’` between letters is an apostrophe (don’t), and a stray `’` after a letter is a
 * possessive (leaders’): neither is a bracket. Mask them so only real quotation marks count.
 */
function maskApostrophes(text: string): string {
  return text.replace(/’/g, (mark, offset: number) => {
    const before = text[offset - 1] ?? '';
    const after = text[offset + 1] ?? '';
    return LETTER.test(before) && LETTER.test(after) ? "'" : mark;
  });
}

/**
 * An enumerator such as `1)`, `a)` or `１）` opening a line or standing as a word of its own is
 * not a closing bracket.
 */
function isEnumerator(text: string, problem: BracketProblem): boolean {
  if ((problem.char !== ')' && problem.char !== '）') || problem.kind !== 'unopened') return false;
  return /(?:^|[\s、。])(?:[0-9０-９]{1,3}|[a-zA-Zａ-ｚＡ-Ｚ]|[ivx]{1,4}|[イロハニホヘトアイウエオ])$/.test(
    text.slice(0, problem.offset),
  );
}

function isPossessive(text: string, problem: BracketProblem): boolean {
  return problem.char === '’' && problem.kind === 'unopened' && LETTER.test(text[problem.offset - 1] ?? '');
}

/**
 * A quotation running over several paragraphs opens each paragraph and closes only the last
 * (“… / “… / …”): an unclosed mark is fine when the next paragraph opens with the same mark.
 */
function continuesInNextParagraph(block: TextBlock, problem: BracketProblem): boolean {
  if (problem.kind !== 'unclosed' || block.node.type !== 'paragraph') return false;
  const siblings = (block.ancestors.at(-1) as { children?: Node[] } | undefined)?.children ?? [];
  const next = siblings[siblings.indexOf(block.node) + 1];
  return next?.type === 'paragraph' && toPlainText(next).trimStart().startsWith(problem.char);
}

/** Straight double quotes pair up by count: an odd one out is reported as unclosed. */
function straightQuoteProblems(text: string): BracketProblem[] {
  const offsets = [...text.matchAll(/"/g)].map((match) => match.index);
  if (offsets.length % 2 === 0) return [];
  return [{ offset: offsets.at(-1)!, char: '"', kind: 'unclosed', expected: '"' }];
}

function describe(problem: BracketProblem): { message: string; fix: string } {
  switch (problem.kind) {
    case 'unclosed':
      return {
        message: `"${problem.char}" is never closed`,
        fix: `add "${problem.expected}" where the bracketed text ends`,
      };
    case 'unopened':
      return {
        message: `"${problem.char}" closes a bracket that was never opened`,
        fix: 'remove it or add the opening bracket',
      };
    default:
      return {
        message: `"${problem.char}" is closed by a different bracket`,
        fix: `close it with "${problem.expected}"`,
      };
  }
}

export const unbalancedBrackets = defineRule({
  id: 'unbalanced-brackets',
  defaultSeverity: 'error',
  description:
    'Brackets and quotation marks that do not pair up inside one paragraph or heading: 「」『』（）“”‘’【】〔〕［］, ASCII () [] and straight "…".',
  rationale:
    'An unclosed 「 changes who is speaking; readers cannot tell where a quotation ends. Never intended, so an error.',
  example: '首相は「同盟を強化する、と述べた。',
  fix: '首相は「同盟を強化する」と述べた。',
  defaultOptions: {},
  check({ article, report }) {
    for (const block of textBlocks(article)) {
      const text = maskApostrophes(block.text);
      // A quote cut off in its source (truncated: true) legitimately leaves its last bracket open.
      const quote = block.ancestors.at(-1);
      const cutOff =
        quote?.type === 'quote' &&
        (quote as Quote).truncated === true &&
        (quote as Quote).children.at(-1) === block.node;
      for (const problem of [...findUnbalancedBrackets(text), ...straightQuoteProblems(text)]) {
        if (isEnumerator(text, problem) || isPossessive(text, problem)) continue;
        if (cutOff && problem.kind === 'unclosed') continue;
        if (continuesInNextParagraph(block, problem)) continue;
        report({ ...block.locate(problem.offset), ...describe(problem) });
      }
    }
  },
});
