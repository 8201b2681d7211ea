import type { Break, Emphasis, Link, NoteReference, SourceReference, Strong, Text } from '@kiji/core';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { safeHref } from '../links.js';
import type { State } from '../state.js';

/** Plain text; the serializer escapes it. */
export const text = (node: Text): ElementContent => ({ type: 'text', value: node.value });

/** `<em>`. */
export const emphasis = (node: Emphasis, state: State) => h('em', state.all(node.children));

/** `<strong>`. */
export const strong = (node: Strong, state: State) => h('strong', state.all(node.children));

/** `<br>`. */
export const lineBreak = (_node: Break) => h('br');

/** `<a href>` for http(s) and mailto; anything else keeps only its text (and warns). */
export function link(node: Link, state: State) {
  const children = state.all(node.children);
  const href = safeHref(node.url, state);
  if (href === undefined) return h('span', { className: ['kiji-unlinked'] }, children);
  return h('a', { href, title: node.title }, children);
}

/** A numbered citation mark `[1]` linking to the source entry, with an id for the back-link. */
export function sourceReference(node: SourceReference, state: State) {
  const target = state.ids.sources.get(node.sourceId);
  if (!target) {
    state.warn(
      `source "${node.sourceId}" is not in article.sources: add it or remove the reference`,
      'sourceId',
    );
    return undefined;
  }
  const label = node.locator ? `${target.number}, ${node.locator}` : `${target.number}`;
  return h(
    'a',
    {
      className: ['kiji-cite'],
      href: `#${target.id}`,
      id: state.cite(node.sourceId),
      role: 'doc-noteref',
      'aria-label': `${state.labels.sources} ${label}`,
    },
    `[${label}]`,
  );
}

/** A superscript note mark linking to the note, with an id for the back-link. */
export function noteReference(node: NoteReference, state: State) {
  const target = state.ids.notes.get(node.noteId);
  if (!target) {
    state.warn(`note "${node.noteId}" is not in article.notes: add it or remove the reference`, 'noteId');
    return undefined;
  }
  return h(
    'sup',
    { className: ['kiji-noteref'] },
    h(
      'a',
      {
        href: `#${target.id}`,
        id: state.referNote(node.noteId),
        role: 'doc-noteref',
        'aria-label': `${state.labels.notes} ${target.number}`,
      },
      `${state.labels.noteMark}${target.number}`,
    ),
  );
}
