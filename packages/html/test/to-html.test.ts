import { walk } from '@kiji/core';
import { describe, expect, it } from 'vitest';
import { type HtmlWarning, toHtml } from '../src/index.js';
import { fixture, fixtures, xmlElements, xmlErrors, xmlText } from './helpers.js';

describe('toHtml on every fixture', () => {
  for (const { name, article } of fixtures) {
    it(`${name}: renders a document, a fragment and well-formed XHTML (horizontal and vertical)`, () => {
      const html = toHtml(article);
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain(`<html lang="${article.meta.language}"`);
      const fragment = toHtml(article, { document: false });
      expect(fragment.startsWith('<article')).toBe(true);
      for (const vertical of [false, true]) {
        const xhtml = toHtml(article, { xhtml: true, vertical });
        expect(xmlErrors(xhtml)).toEqual([]);
        expect(xmlErrors(toHtml(article, { xhtml: true, vertical, document: false }))).toEqual([]);
        const root = xmlElements(xhtml)[0];
        expect(root?.name).toBe('html');
        expect(root?.attributes.lang).toBe(article.meta.language);
        expect(root?.attributes['xml:lang']).toBe(article.meta.language);
        expect(root?.attributes.xmlns).toBe('http://www.w3.org/1999/xhtml');
      }
    });

    it(`${name}: every in-page link has a target and ids are unique`, () => {
      const elements = xmlElements(toHtml(article, { xhtml: true }));
      const ids = elements.map((element) => element.attributes.id).filter((id) => id !== undefined);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z_][\w.-]*$/);
      const targets = elements
        .map((element) => element.attributes.href)
        .filter((href): href is string => href?.startsWith('#') === true);
      for (const href of targets) expect(ids).toContain(href.slice(1));
    });

    it(`${name}: keeps the title and the body text`, () => {
      for (const vertical of [false, true]) {
        const text = xmlText(toHtml(article, { xhtml: true, vertical }));
        expect(text).toContain(article.meta.title);
        for (const { node } of walk(article)) if (node.type === 'text') expect(text).toContain(node.value);
      }
    });
  }
});

describe('escaping and link policy (012-escaping)', () => {
  const article = fixture('012-escaping');
  const warnings: HtmlWarning[] = [];
  const html = toHtml(article, { xhtml: true, onWarning: (warning) => warnings.push(warning) });
  const elements = xmlElements(html);

  it('yields no script element and no javascript: or data: href', () => {
    expect(elements.filter((element) => element.name === 'script')).toEqual([]);
    for (const element of elements) {
      for (const value of Object.values(element.attributes))
        expect(value).not.toMatch(/^\s*(javascript|data):/i);
    }
    expect(html).not.toMatch(/<script/i);
    expect(elements.filter((element) => element.name === 'a').map((a) => a.attributes.href)).toContain(
      'mailto:desk@example.com',
    );
  });

  it('preserves the text, markup characters included', () => {
    const text = xmlText(html);
    expect(text).toContain('<script>alert("x")</script> & “引用” \'single\'');
    expect(text).toContain(
      '本文に<script>alert(1)</script>と & と < と > と "二重" と \'一重\' と「かぎ」がある。',
    );
    expect(text).toContain('引用の中の </blockquote><script>x</script>');
    expect(text).toContain('危険なリンク');
    expect(text).toContain('データURL');
    expect(text).toContain('</title><script>');
  });

  it('warns once for each unsafe link, naming its path', () => {
    expect(warnings.map((warning) => warning.path)).toEqual([
      'children[1].children[0].url',
      'children[1].children[4].url',
      'sources[0].url',
    ]);
    expect(warnings[0]?.message).toMatch(/javascript:alert\(1\).*only http\(s\) and mailto/);
  });

  it('escapes in the HTML serialization too', () => {
    const plain = toHtml(article);
    expect(plain).not.toMatch(/<script/i);
    expect(plain).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });
});

describe('the masthead date line', () => {
  const base = { type: 'article' as const, schemaVersion: 1 as const, children: [], sources: [] };
  it('is left out when the date is unknown; the place still shows', () => {
    const html = toHtml(
      { ...base, meta: { title: '日付不明', language: 'ja', place: '横浜' } },
      { document: false },
    );
    expect(html).toContain('<p class="kiji-dateline"><span class="kiji-place">横浜</span></p>');
    expect(html).not.toContain('<time');
    const bare = toHtml({ ...base, meta: { title: '日付不明', language: 'ja' } }, { document: false });
    expect(bare).not.toContain('kiji-dateline');
  });

  it('shows the place, the date and the update', () => {
    const html = toHtml(
      {
        ...base,
        meta: { title: 'T', language: 'ja', place: '横浜', published: '2025-11-05', updated: '2025-11-06' },
      },
      { document: false },
    );
    expect(html).toMatch(
      /横浜<\/span>\u3000<time datetime="2025-11-05">[^<]+<\/time>（更新 <time datetime="2025-11-06">/u,
    );
  });
});
