import { type Article, formatDate, isJapanese } from '@kiji/core';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { safeHref } from '../links.js';
import type { State } from '../state.js';

/** `<time datetime>` showing the date as the language writes it. */
export const time = (iso: string, language: string): ElementContent =>
  h('time', { dateTime: iso }, formatDate(iso, language));

/** A name, linked when it has a safe URL (warns under `key` otherwise). */
function named(name: string, url: string | undefined, state: State, key: string): ElementContent {
  const href = url === undefined ? undefined : safeHref(url, state, key);
  return href ? h('a', { href }, name) : { type: 'text', value: name };
}

/**
 * `<header class="kiji-masthead">`: kicker, `<h1>` title, subtitle, date line, byline, publisher.
 */
export function masthead(node: Article, state: State) {
  const { meta } = node;
  const ja = isJapanese(meta.language);
  const children: ElementContent[] = [];
  if (meta.kicker) children.push(h('p', { className: ['kiji-kicker'] }, meta.kicker));
  children.push(h('h1', { className: ['kiji-title'], id: state.ids.parts.title }, meta.title));
  if (meta.subtitle) children.push(h('p', { className: ['kiji-subtitle'] }, meta.subtitle));
  // An article whose date is unknown gets no date line rather than a false one.
  const dateline: ElementContent[] = meta.published ? [time(meta.published, meta.language)] : [];
  if (meta.updated) {
    const open = dateline.length === 0 ? '' : ja ? '（' : ' (';
    const close = dateline.length === 0 ? '' : ja ? '）' : ')';
    dateline.push({ type: 'text', value: `${open}${state.labels.updated} ` });
    dateline.push(time(meta.updated, meta.language));
    if (close) dateline.push({ type: 'text', value: close });
  }
  // Where a wire story was filed comes first, as its dateline printed it.
  if (meta.place) {
    const gap = dateline.length === 0 ? '' : ja ? '\u3000' : ' · ';
    dateline.unshift(h('span', { className: ['kiji-place'] }, meta.place), { type: 'text', value: gap });
  }
  if (dateline.length > 0) children.push(h('p', { className: ['kiji-dateline'] }, dateline));
  if (meta.authors && meta.authors.length > 0) {
    const names = meta.authors.flatMap((author, index) => {
      const parts: ElementContent[] = [];
      if (index > 0) parts.push({ type: 'text', value: state.labels.listSeparator });
      parts.push(
        h('span', { className: ['kiji-author'] }, [
          named(author.name, author.url, state, `meta.authors[${index}].url`),
          ...(author.role
            ? [h('span', { className: ['kiji-role'] }, ja ? `（${author.role}）` : ` (${author.role})`)]
            : []),
        ]),
      );
      return parts;
    });
    children.push(
      h('p', { className: ['kiji-byline'] }, [{ type: 'text', value: state.labels.byline }, ...names]),
    );
  }
  if (meta.publisher) {
    children.push(
      h(
        'p',
        { className: ['kiji-publisher'] },
        named(meta.publisher.name, meta.publisher.url, state, 'meta.publisher.url'),
      ),
    );
  }
  return h('header', { className: ['kiji-masthead'] }, children);
}
