import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive';
import type { Unsafe } from 'mdast-util-to-markdown';
import { directive } from 'micromark-extension-directive';
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

/** The one inline directive. */
export const CITE = 'cite';

/**
 * Directives as remark-directive reads them, with one change for running text: a colon followed
 * by a word (`午前9:53に`, `Tokyo:Osaka`) stays text unless the word is `cite` or is followed by a
 * `[label]` or `{attributes}`. Times and ratios need no escaping.
 */
function kijiDirectiveSyntax(): Extension {
  const base = directive();
  const original = (base.text as Record<number, Construct>)[58]!;
  const text: Construct = {
    ...original,
    tokenize(this: TokenizeContext, effects, ok, nok) {
      const start = this.events.length;
      const decide: State = (code) => (isDirective(this, start) ? ok(code) : nok(code));
      return original.tokenize.call(this, effects, decide, nok);
    },
  };
  return { ...base, text: { 58: text } };
}

/** True when the text directive just read has a label or attributes, or is named `cite`. */
function isDirective(context: TokenizeContext, start: number): boolean {
  for (let index = start; index < context.events.length; index++) {
    const [kind, token] = context.events[index]!;
    if (kind !== 'enter') continue;
    if (token.type === 'directiveTextLabel' || token.type === 'directiveTextAttributes') return true;
    if (token.type === 'directiveTextName' && context.sliceSerialize(token) === CITE) return true;
  }
  return false;
}

/** A colon must be escaped where it would start a directive as {@link kijiDirectiveSyntax} reads it. */
const NAME = '[^\\s\\p{P}\\p{S}](?:[^\\s\\p{P}\\p{S}]|[-_])*';
// No `before` condition: the serializer drops an escape whose `before` character is itself
// escaped (`\[:a[b`), and escaping a colon that needed none is harmless.
const unsafe: Unsafe[] = [
  { character: ':', after: `${NAME}[\\[{]`, inConstruct: ['phrasing'], unicode: true },
  { character: ':', after: 'cite', inConstruct: ['phrasing'] },
  { atBreak: true, before: ':+', character: ':' },
  { atBreak: true, character: ':', after: ':' },
  // A colon right before `:cite[…]` would make it `::cite`, which is not a directive.
  { afterNode: 'textDirective', character: ':', inConstruct: ['phrasing'] },
  { character: '\r', inConstruct: ['leafDirectiveLabel', 'containerDirectiveLabel'] },
  { character: '\n', inConstruct: ['leafDirectiveLabel', 'containerDirectiveLabel'] },
];

/** remark plugin: Kiji's directives (`:::quote{…}`, `:cite[id]`) for parsing and writing. */
export function remarkKijiDirectives(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.fromMarkdownExtensions ??= [];
  data.toMarkdownExtensions ??= [];
  data.micromarkExtensions.push(kijiDirectiveSyntax());
  data.fromMarkdownExtensions.push(directiveFromMarkdown());
  data.toMarkdownExtensions.push({ ...directiveToMarkdown({ preferUnquoted: true }), unsafe });
}
