import { introducesQuote, quoteIntroStrength } from '../patterns.js';
import { endsSentence, endsWithEllipsis, withoutEllipsis } from '../text.js';
import type { Block, Context, Draft, ParagraphBlock, QuoteBlock } from '../types.js';
import { mapContainers } from './containers.js';

/**
 * Find quotations: the paragraph after an introducing phrase (「以下のように伝えています」,
 * 「次のような記述があります」, "Reuters reported:"), or paragraphs marked `> `. A quote whose
 * text stops mid-sentence or ends with an ellipsis is marked truncated (the ellipsis is removed:
 * renderers show their own mark).
 */
export function findQuotes(draft: Draft, context: Context): Draft {
  return mapContainers(draft, (blocks) => {
    // The lede may introduce the first quote of the body.
    if (blocks !== draft.body || draft.lede === undefined) return rewrite(blocks, context);
    return rewrite([draft.lede, ...blocks], context).slice(1);
  });
}

function rewrite(blocks: Block[], context: Context): Block[] {
  const out: Block[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'paragraph') {
      out.push(block);
      continue;
    }
    if (block.quoteMarked) {
      const { quote, used } = takeQuote(blocks, index);
      out.push(quote);
      index += used - 1;
      continue;
    }
    out.push(block);
    const next = blocks[index + 1];
    if (next?.kind === 'paragraph' && introducesQuote(block.text, next.text)) {
      const { quote, used } = takeQuote(blocks, index + 1);
      quote.intro = block;
      block.introduces = quote;
      out.push(quote);
      index += used;
    } else if (quoteIntroStrength(block.text) === 'explicit' && next?.kind !== 'paragraph') {
      context.warnings.push({
        line: block.line,
        code: 'quote-without-body',
        message: 'this paragraph announces a quotation but no paragraph follows it; kept as text',
      });
    }
  }
  return out;
}

/** One quote from the paragraph at `start`: all consecutive `> ` paragraphs, or this one. */
function takeQuote(blocks: Block[], start: number): { quote: QuoteBlock; used: number } {
  const paragraphs: ParagraphBlock[] = [];
  const first = blocks[start] as ParagraphBlock;
  if (first.quoteMarked) {
    for (let index = start; index < blocks.length; index++) {
      const block = blocks[index]!;
      if (block.kind !== 'paragraph' || !block.quoteMarked) break;
      paragraphs.push(block);
    }
  } else paragraphs.push(first);
  const last = paragraphs.at(-1)!;
  let truncated = false;
  if (endsWithEllipsis(last.text)) {
    truncated = true;
    const trimmed = withoutEllipsis(last.text);
    if (trimmed !== '') paragraphs[paragraphs.length - 1] = { ...last, text: trimmed };
  } else if (!endsSentence(last.text)) truncated = true;
  return {
    quote: {
      kind: 'quote',
      line: first.line,
      paragraphs: paragraphs.map((p) => ({ ...p, quoteMarked: false })),
      truncated,
    },
    used: paragraphs.length,
  };
}
