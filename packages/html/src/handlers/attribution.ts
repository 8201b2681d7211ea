import { isJapanese, isSafeUrl, nestQuotes, type Quote, type Source } from '@kiji/core';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { State } from '../state.js';

const linkedTitle = (source: Source): ElementContent => {
  // Quotation marks inside a title take the inner form (「…『…』…」); the outlet is not quoted.
  const title = source.title ? nestQuotes(source.title) : source.outlet;
  const url = source.url?.trim();
  // The sources list warns about unsafe URLs once; here they are simply not linked.
  return url && isSafeUrl(url) ? h('a', { href: url }, title) : { type: 'text', value: title };
};

/**
 * The attribution under a quote: ja `——毎日新聞「見出し」（第3段落）[1]`,
 * en `— Outlet, “Title” (p. 3) [1]`. Title linked to the source, mark linked to the list.
 */
export function attribution(node: Quote, source: Source, state: State): ElementContent {
  const ja = isJapanese(state.article.meta.language);
  const target = state.ids.sources.get(source.id);
  const parts: ElementContent[] = [{ type: 'text', value: ja ? '——' : '— ' }];
  parts.push(h('span', { className: ['kiji-outlet'] }, source.outlet));
  if (source.title) {
    parts.push({ type: 'text', value: ja ? '「' : ', “' }, h('cite', [linkedTitle(source)]), {
      type: 'text',
      value: ja ? '」' : '”',
    });
  } else if (source.url) {
    // No title: link the outlet name instead.
    parts.splice(1, 1, h('span', { className: ['kiji-outlet'] }, linkedTitle(source)));
  }
  if (node.locator) parts.push({ type: 'text', value: ja ? `（${node.locator}）` : ` (${node.locator})` });
  if (target) {
    parts.push(
      { type: 'text', value: ja ? '' : ' ' },
      h(
        'a',
        {
          className: ['kiji-cite'],
          href: `#${target.id}`,
          id: state.cite(source.id),
          role: 'doc-noteref',
          'aria-label': `${state.labels.sources} ${target.number}`,
        },
        `[${target.number}]`,
      ),
    );
  }
  return h('figcaption', { className: ['kiji-attribution'] }, parts);
}
