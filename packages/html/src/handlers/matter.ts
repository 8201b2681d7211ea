import { type Article, type Comment, isJapanese, type Note, nestQuotes, type Source } from '@kiji/core';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { safeHref } from '../links.js';
import { type State, toArray } from '../state.js';
import { time } from './masthead.js';

/** `↩` links back to every place a source or note was cited. */
function backLinks(ids: readonly string[], state: State): ElementContent[] {
  if (ids.length === 0) return [];
  return [
    h(
      'span',
      { className: ['kiji-backlinks'] },
      ids.map((id, index) =>
        h(
          'a',
          {
            href: `#${id}`,
            className: ['kiji-backlink'],
            role: 'doc-backlink',
            'aria-label':
              ids.length > 1 ? `${state.labels.backToText} ${index + 1}` : state.labels.backToText,
          },
          ids.length > 1 ? `↩\uFE0E${index + 1}` : '↩\uFE0E',
        ),
      ),
    ),
  ];
}

/** Appends inline content to the last paragraph of a rendered block (or adds one). */
function appendToLast(content: ElementContent[], extra: ElementContent[]): ElementContent[] {
  if (extra.length === 0) return content;
  const last = content.at(-1);
  if (last?.type === 'element' && last.tagName === 'p') {
    (last as Element).children.push(...extra);
    return content;
  }
  return [...content, h('p', extra)];
}

/**
 * One source as text: outlet, linked title, kind, author, dates, and the URL as text
 * (ja: 毎日新聞「見出し」記事、2025年10月28日（2025年10月29日閲覧） https://…).
 */
export function source(node: Source, state: State) {
  const { language } = state.article.meta;
  const ja = isJapanese(language);
  const index = state.article.sources.indexOf(node);
  const href = node.url === undefined ? undefined : safeHref(node.url, state, `sources[${index}].url`);
  const parts: ElementContent[] = [h('span', { className: ['kiji-outlet'] }, node.outlet)];
  if (node.title) {
    // Quotation marks inside the title take the inner form (「…『…』…」), as in every output.
    const text = nestQuotes(node.title);
    const title = href ? h('a', { href }, text) : ({ type: 'text', value: text } as const);
    parts.push({ type: 'text', value: ja ? '「' : ', “' }, h('cite', [title]), {
      type: 'text',
      value: ja ? '」' : '”',
    });
  }
  const details: ElementContent[] = [{ type: 'text', value: state.labels.kinds[node.kind] }];
  if (node.author) details.push({ type: 'text', value: `${state.labels.listSeparator}${node.author}` });
  if (node.published)
    details.push({ type: 'text', value: state.labels.listSeparator }, time(node.published, language));
  parts.push(
    { type: 'text', value: ja ? '　' : '. ' },
    h('span', { className: ['kiji-source-details'] }, details),
  );
  if (node.accessed) {
    parts.push({ type: 'text', value: ja ? '（' : ' (' }, time(node.accessed, language), {
      type: 'text',
      value: ja ? `${state.labels.accessed}）` : ` ${state.labels.accessed})`,
    });
  }
  if (!ja) parts.push({ type: 'text', value: '.' });
  if (node.url) {
    const url = node.url.trim();
    parts.push(
      { type: 'text', value: ' ' },
      href && !node.title
        ? h('a', { className: ['kiji-url'], href }, url)
        : h('span', { className: ['kiji-url'] }, url),
    );
  }
  return parts;
}

/** `<section id="sources">` with an `<ol>` of sources and their back-links. */
export function sources(node: Article, state: State) {
  if (node.sources.length === 0) return undefined;
  const items = node.sources.map((entry) => {
    const target = state.ids.sources.get(entry.id);
    return h('li', { id: target?.id }, [
      ...toArray(state.handlers.source(entry, state)),
      ...backLinks(state.citations.get(entry.id) ?? [], state),
    ]);
  });
  return h(
    'section',
    { className: ['kiji-sources'], id: state.ids.parts.sources, role: 'doc-bibliography' },
    [h('h2', { className: ['kiji-heading'] }, state.labels.sources), h('ol', items)],
  );
}

/** One note: its paragraphs followed by back-links. */
export function note(node: Note, state: State) {
  const target = state.ids.notes.get(node.id);
  const content = appendToLast(state.all(node.children), backLinks(state.noteRefs.get(node.id) ?? [], state));
  return h('li', { id: target?.id }, content);
}

/** `<section id="notes">` with an `<ol>` of notes. */
export function notes(node: Article, state: State) {
  if (!node.notes || node.notes.length === 0) return undefined;
  return h('section', { className: ['kiji-notes'], id: state.ids.parts.notes, role: 'doc-endnotes' }, [
    h('h2', { className: ['kiji-heading'] }, state.labels.notes),
    h('ol', state.all(node.notes, 'notes')),
  ]);
}

/** One reader comment: author, date and paragraphs. */
export function comment(node: Comment, state: State) {
  const meta: ElementContent[] = [
    h('span', { className: ['kiji-comment-author'] }, node.author ?? state.labels.anonymous),
  ];
  if (node.published)
    meta.push({ type: 'text', value: ' ' }, time(node.published, state.article.meta.language));
  return h('article', { className: ['kiji-comment'], id: state.ids.nodes.get(node) }, [
    h('p', { className: ['kiji-comment-meta'] }, meta),
    ...state.all(node.children),
  ]);
}

/** `<section id="comments">` with every reader comment. */
export function comments(node: Article, state: State) {
  if (!node.comments || node.comments.length === 0) return undefined;
  return h('section', { className: ['kiji-comments'], id: state.ids.parts.comments }, [
    h('h2', { className: ['kiji-heading'] }, state.labels.comments),
    ...state.all(node.comments, 'comments'),
  ]);
}
