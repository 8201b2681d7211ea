import type { Article } from '@kiji/core';
import type { Element, Root } from 'hast';
import { toHtml as serialize } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { addLineBreaks } from '../src/add-line-breaks.js';
import { IdRegistry, toHtmlId } from '../src/ids.js';
import { protectForXml } from '../src/protect-for-xml.js';
import { resolveIds } from '../src/resolve-ids.js';
import { xmlElements, xmlErrors, xmlText } from './helpers.js';

describe('ids', () => {
  it('toHtmlId keeps XML name characters and replaces the rest', () => {
    expect(toHtmlId('p-', 'a:b c.d_e-f')).toBe('p-a-b-c.d_e-f');
  });

  it('the registry never hands out the same id twice', () => {
    const registry = new IdRegistry();
    expect([registry.claim('a'), registry.claim('a'), registry.claim('a'), registry.claim('a-2')]).toEqual([
      'a',
      'a-2',
      'a-3',
      'a-2-2',
    ]);
  });

  it('an explicit id wins over a generated one, which moves aside', () => {
    const section = (id: string | undefined, text: string) => ({
      type: 'section' as const,
      ...(id ? { id } : {}),
      heading: [{ type: 'text' as const, value: text }],
      children: [],
    });
    const article: Article = {
      type: 'article',
      schemaVersion: 1,
      meta: { language: 'ja', published: '2025-10-28', title: 't' },
      children: [section(undefined, 'a'), section('sec-1', 'b'), section('sources', 'c')],
      sources: [{ id: 'x', outlet: 'o', kind: 'other' }],
    };
    const ids = resolveIds(article);
    expect(article.children.map((node) => ids.nodes.get(node))).toEqual(['sec-1-2', 'sec-1', 'sources']);
    expect(ids.parts.sources).toBe('sources-2');
    expect(ids.sources.get('x')).toEqual({ number: 1, id: 'src-x' });
  });
});

describe('addLineBreaks', () => {
  it('puts blocks on their own lines and leaves inline content untouched', () => {
    const tree = h('section', [h('h2', 'a'), h('p', ['x', h('em', 'y'), 'z']), h('ul', [h('li', 'i')])]);
    expect(serialize(addLineBreaks(tree))).toBe(
      '<section>\n<h2>a</h2>\n<p>x<em>y</em>z</p>\n<ul><li>i</li></ul>\n</section>',
    );
  });
});

describe('protectForXml', () => {
  it('escapes < in attributes and > in text, even when the text already holds private-use characters', () => {
    const tree: Root = {
      type: 'root',
      children: [h('p', { title: 'a<b', 'data-x': '\uE000' }, ['x > y ]]> \uE000\uE001'])],
    };
    const restore = protectForXml(tree);
    const xml = restore(serialize(tree, { closeSelfClosing: true }));
    expect(xmlErrors(xml)).toEqual([]);
    expect(xmlElements(xml)[0]?.attributes).toEqual({ title: 'a<b', 'data-x': '\uE000' });
    expect(xmlText(xml)).toBe('x > y ]]> \uE000\uE001');
  });

  it('leaves style content alone', () => {
    const style = h('style', 'a > b { color: red }') as Element;
    const restore = protectForXml(style);
    expect(restore(serialize(style))).toBe('<style>a > b { color: red }</style>');
  });
});
