import { type Article, type Conclusion, isJapanese, type Lede, type Section } from '@kiji/core';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { type State, toArray } from '../state.js';

/** True when `node` or a descendant has the given id. */
const hasId = (node: ElementContent, id: string): boolean =>
  node.type === 'element' && (node.properties.id === id || node.children.some((child) => hasId(child, id)));

const headingTag = (depth: number) => `h${Math.min(depth + 1, 6)}`;

/**
 * `<article>`: masthead, body in reading order, then sources, notes and comments.
 */
export function article(node: Article, state: State) {
  const { handlers } = state;
  const masthead = toArray(handlers.masthead(node, state));
  const body = state.all(node.children);
  // Trailing parts render after the body so every citation mark is known for the back-links.
  const trailing = [
    ...toArray(handlers.sources(node, state)),
    ...toArray(handlers.notes(node, state)),
    ...toArray(handlers.comments(node, state)),
  ];
  return h(
    'article',
    {
      className: ['kiji-article'],
      lang: node.meta.language,
      // Named by the title when the masthead (default or not) still carries it.
      'aria-labelledby': masthead.some((node) => hasId(node, state.ids.parts.title))
        ? state.ids.parts.title
        : undefined,
    },
    [...masthead, ...body, ...trailing],
  );
}

/** `<div class="kiji-lede">`: the standfirst. */
export const lede = (node: Lede, state: State) =>
  h('div', { className: ['kiji-lede'] }, state.all(node.children));

/** The heading content: printed number (if any) and the heading text. */
function headingContent(
  number: string | undefined,
  heading: ElementContent[],
  state: State,
): ElementContent[] {
  if (number === undefined) return heading;
  const gap = isJapanese(state.article.meta.language) ? '\u3000' : ' ';
  return [h('span', { className: ['kiji-number'] }, number), { type: 'text', value: gap }, ...heading];
}

/** `<section id>` with `<h2>`…`<h6>` by depth; subsections nest. */
export function section(node: Section, state: State) {
  state.depth += 1;
  try {
    const depth = state.depth;
    const heading = h(
      headingTag(depth),
      { className: ['kiji-heading'] },
      headingContent(node.number, state.all(node.heading, 'heading'), state),
    );
    return h(
      'section',
      { className: ['kiji-section', `kiji-depth-${depth}`], id: state.ids.nodes.get(node) },
      [heading, ...state.all(node.children)],
    );
  } finally {
    state.depth -= 1;
  }
}

/** `<section class="kiji-conclusion">` with the language's default heading when none is given. */
export function conclusion(node: Conclusion, state: State) {
  const heading = node.heading
    ? state.all(node.heading, 'heading')
    : [{ type: 'text' as const, value: state.labels.conclusion }];
  return h('section', { className: ['kiji-conclusion'], id: state.ids.nodes.get(node) }, [
    h(headingTag(state.depth + 1), { className: ['kiji-heading'] }, heading),
    ...state.all(node.children),
  ]);
}
