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
const unsafe: Unsafe[] = [
  { character: ':', before: '[^:]', after: `${NAME}[\\[{]`, inConstruct: ['phrasing'], unicode: true },
  { character: ':', before: '[^:]', after: 'cite', inConstruct: ['phrasing'] },
  { character: ':', after: `${NAME}[\\[{]`, inConstruct: ['phrasing'], unicode: true, atBreak: true },
  { character: ':', after: 'cite', inConstruct: ['phrasing'], atBreak: true },
  { atBreak: true, before: ':+', character: ':' },
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
