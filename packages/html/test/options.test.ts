import { type Article, type Figure, InputError, p, parseArticle } from '@kiji/core';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import {
  articleSections,
  type Handlers,
  type HtmlWarning,
  horizontalCss,
  type State,
  splitShortNumbers,
  stylesheet,
  toHtml,
  UnknownNodeError,
  verticalCss,
  warnUnknown,
} from '../src/index.js';
import { fixture, xmlElements, xmlErrors } from './helpers.js';

describe('document structure', () => {
  it('is deterministic: same article, same bytes', () => {
    const article = fixture('006-sections');
    expect(toHtml(article, { vertical: true })).toBe(toHtml(article, { vertical: true }));
  });

  it('formats dates for the language', () => {
    expect(toHtml(fixture('002-sourced-quote'))).toContain(
      '<time datetime="2025-10-28">2025年10月28日</time>',
    );
    expect(toHtml(fixture('010-english'))).toContain('<time datetime="2025-11-03">3 November 2025</time>');
  });

  it('sets lang (and xml:lang in XHTML) on the root and the article', () => {
    const en = xmlElements(toHtml(fixture('010-english'), { xhtml: true }));
    expect(en.find((e) => e.name === 'html')?.attributes).toMatchObject({ lang: 'en', 'xml:lang': 'en' });
    expect(en.find((e) => e.name === 'article')?.attributes.lang).toBe('en');
    const fragment = xmlElements(toHtml(fixture('001-minimal'), { xhtml: true, document: false }));
    expect(fragment[0]?.attributes).toMatchObject({ lang: 'ja', 'xml:lang': 'ja' });
  });

  it('renders the masthead: kicker, title, subtitle, date with update, byline, publisher', () => {
    const html = toHtml(fixture('006-sections'), { document: false });
    expect(html).toContain('<p class="kiji-kicker">解説</p>');
    expect(html).toContain(
      '<h1 class="kiji-title" id="title"><span class="kiji-phrase">章と</span><span class="kiji-phrase">節の</span><span class="kiji-phrase">構成</span></h1>',
    );
    expect(html).toContain(
      '<p class="kiji-subtitle"><span class="kiji-phrase">番号つきの</span><span class="kiji-phrase">章、</span><span class="kiji-phrase">入れ子の</span><span class="kiji-phrase">節、</span><span class="kiji-phrase">結論</span></p>',
    );
    expect(html).toContain('（更新 <time datetime="2025-10-29T10:00:00+09:00">2025年10月29日</time>）');
    expect(html).toContain(
      '文・<span class="kiji-author">山田 花子<span class="kiji-role">（政治部）</span></span>',
    );
    expect(html).toContain('<p class="kiji-publisher"><a href="https://example.com">Kiji編集部</a></p>');
  });

  it('numbers sections with stable ids and nests subsections one heading level down', () => {
    const html = toHtml(fixture('006-sections'), { document: false });
    expect(html).toMatch(
      /<section class="kiji-section kiji-depth-1" id="sec-1">\n?<h2 class="kiji-heading"><span class="kiji-number">1<\/span>　<span class="kiji-phrase">第一の<\/span><span class="kiji-phrase">章<\/span><\/h2>/,
    );
    expect(html).toMatch(
      /<section class="kiji-section kiji-depth-2" id="sec-1-1">\n?<h3 class="kiji-heading"><span class="kiji-phrase">第一章の<\/span><span class="kiji-phrase">節<\/span><\/h3>/,
    );
    expect(html).toContain('<section class="kiji-conclusion" id="conclusion">');
  });

  it('breaks Japanese headings only between phrases (BudouX), never inside a word', () => {
    const article = parseArticle({
      type: 'article',
      schemaVersion: 1,
      meta: { language: 'ja', published: '2025-10-28', title: '未来を拓く新たな同盟の形' },
      children: [
        {
          type: 'section',
          heading: [{ type: 'text', value: '対面外交が映した両首脳の距離感' }],
          children: [],
        },
      ],
      sources: [],
    });
    const phrases = (html: string, tag: string) =>
      [
        ...(new RegExp(`<${tag}[^>]*>(.*?)</${tag}>`).exec(html)?.[1] ?? '').matchAll(
          /<span class="kiji-phrase">([^<]*)<\/span>/g,
        ),
      ].map((m) => m[1]);
    const html = toHtml(article, { document: false });
    expect(phrases(html, 'h1').slice(0, 2)).toEqual(['未来を', '拓く']);
    expect(phrases(html, 'h2')).toEqual(['対面外交が', '映した', '両首脳の', '距離感']);
    expect(stylesheet()).toMatch(/\.kiji-phrase \{\s*display: inline-block;\s*max-inline-size: 100%;/);
    expect(toHtml(fixture('010-english'), { document: false })).not.toContain('kiji-phrase');
  });

  it('marks a truncated quote visibly and for screen readers', () => {
    const html = toHtml(fixture('007-truncated-quote'), { document: false });
    expect(html).toContain('<figure class="kiji-quote kiji-quote-truncated">');
    expect(html).toContain(
      '<span class="kiji-truncated"><span aria-hidden="true">（後略）</span><span class="kiji-sr-only">(引用は途中までです)</span></span></p></blockquote>',
    );
  });

  it('a quote without a source shows its locator alone', () => {
    const article = parseArticle({
      type: 'article',
      schemaVersion: 1,
      meta: { language: 'ja', published: '2025-10-28', title: 't' },
      children: [
        {
          type: 'quote',
          locator: '議事録3頁',
          children: [{ type: 'paragraph', children: [{ type: 'text', value: '引用' }] }],
        },
      ],
      sources: [],
    });
    expect(toHtml(article, { document: false })).toContain(
      '<figcaption class="kiji-attribution">（議事録3頁）</figcaption>',
    );
  });

  it('links every citation back from the source list, including quote attributions', () => {
    const html = toHtml(fixture('002-sourced-quote'), { document: false });
    expect(html).toContain('id="cite-mainichi-1"');
    expect(html).toContain('id="cite-mainichi-2"');
    expect(html).toMatch(
      /<li id="src-mainichi">.*<a href="#cite-mainichi-1"[^>]*>↩\uFE0E1<\/a><a href="#cite-mainichi-2"[^>]*>↩\uFE0E2<\/a>/,
    );
    expect(html).toContain(
      '<cite><a href="https://mainichi.jp/articles/20251028/k00/00m/010/000000c">日米首脳会談、抑止力強化で合意</a></cite>',
    );
  });

  it('renders term lists as <dl> and figures with caption and credit', () => {
    expect(toHtml(fixture('003-term-list'), { document: false })).toMatch(
      /<dl class="kiji-terms">\n?<dt>[^<]+<\/dt>\n?<dd>/,
    );
    const figure = toHtml(fixture('008-figure'), { document: false });
    expect(figure).toMatch(
      /<figure class="kiji-figure" id="fig-1">\n?<img src="data:image\/png;base64,[^"]+" alt="濃い青の長方形"/,
    );
    expect(figure).toContain('<small class="kiji-credit">写真：Kiji編集部</small></figcaption>');
  });

  it('matches the stored snapshot of a small fixture', async () => {
    await expect(toHtml(fixture('002-sourced-quote'), { stylesheet: 'none' })).toMatchFileSnapshot(
      './__snapshots__/002-sourced-quote.html',
    );
    await expect(
      toHtml(fixture('009-notes-comments'), { xhtml: true, vertical: true, stylesheet: 'style.css' }),
    ).toMatchFileSnapshot('./__snapshots__/009-notes-comments.vertical.xhtml');
  });
});

describe('options', () => {
  it('stylesheet: inline by default, none, or a link', () => {
    const article = fixture('001-minimal');
    expect(toHtml(article)).toContain(`<style>${horizontalCss}</style>`);
    expect(toHtml(article, { stylesheet: 'none' })).not.toMatch(/<style|<link/);
    expect(toHtml(article, { stylesheet: 'css/kiji.css' })).toContain(
      '<link rel="stylesheet" href="css/kiji.css">',
    );
    expect(toHtml(article, { xhtml: true, stylesheet: 'css/kiji.css' })).toContain(
      '<link rel="stylesheet" href="css/kiji.css" />',
    );
  });

  it('the stylesheet exposes the font stacks and avoids what EPUB checkers reject', () => {
    for (const name of ['serif-ja', 'sans-ja', 'serif-latin', 'sans-latin']) {
      expect(horizontalCss).toMatch(new RegExp(`--kiji-${name}: "Noto (Serif|Sans)`));
    }
    const css = stylesheet({ vertical: true });
    expect(css).toMatch(
      /\.kiji-article:lang\(ja\) em \{\s*font-style: normal;[^}]*text-emphasis: filled sesame;/,
    );
    expect(css).not.toContain(':is(');
    expect(css).not.toContain('-epub-');
    expect(css).not.toMatch(/[<&]/);
  });

  it('vertical adds the class on <html> and <article>, the vertical CSS and 縦中横 spans', () => {
    const html = toHtml(fixture('006-sections'), { vertical: true });
    expect(html).toContain('<html lang="ja" class="kiji-vertical">');
    expect(html).toContain('<article class="kiji-article kiji-vertical"');
    expect(html).toContain(verticalCss);
    expect(html).toContain('2025年<span class="kiji-tcy">10</span>月<span class="kiji-tcy">28</span>日');
    expect(toHtml(fixture('006-sections'))).not.toMatch(/kiji-vertical|kiji-tcy/);
    expect(stylesheet({ vertical: true })).toContain('writing-mode: vertical-rl');
    expect(verticalCss).toContain('text-combine-upright: all');
  });

  it('splitShortNumbers wraps only standalone one- and two-digit runs', () => {
    const wrapped = (text: string) =>
      splitShortNumbers(text)
        .map((node) =>
          node.type === 'element'
            ? `[${(node.children[0] as { value: string }).value}]`
            : node.type === 'text'
              ? node.value
              : '',
        )
        .join('');
    expect(wrapped('2025年10月28日')).toBe('2025年[10]月[28]日');
    expect(wrapped('第3章、9時、100人')).toBe('第[3]章、[9]時、100人');
    expect(wrapped('3.5%、9:53、G7、v12')).toBe('3.5%、9:53、G7、v12');
    expect(wrapped('5%増')).toBe('[5]%増');
  });

  it('idPrefix prefixes every id and in-page link', () => {
    const elements = xmlElements(toHtml(fixture('002-sourced-quote'), { xhtml: true, idPrefix: 'a2-' }));
    const ids = elements.flatMap((e) => (e.attributes.id ? [e.attributes.id] : []));
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) expect(id.startsWith('a2-')).toBe(true);
    for (const e of elements)
      if (e.attributes.href?.startsWith('#')) expect(e.attributes.href.startsWith('#a2-')).toBe(true);
  });

  it('an idPrefix that is not a valid XML name start is made one', () => {
    const elements = xmlElements(toHtml(fixture('006-sections'), { xhtml: true, idPrefix: '2 a:' }));
    const ids = elements.flatMap((e) => (e.attributes.id ? [e.attributes.id] : []));
    for (const id of ids) expect(id).toMatch(/^k2-a-[\w.-]+$/);
    expect(articleSections(fixture('006-sections'), { idPrefix: '2 a:' })[0]?.id).toBe('k2-a-sec-1');
  });

  it('title overrides the document title; fontFaces add @font-face rules', () => {
    const html = toHtml(fixture('001-minimal'), {
      title: 'Edition 3',
      fontFaces: [{ family: 'Noto Serif JP', src: 'fonts/serif.ttf', weight: 400, format: 'truetype' }],
    });
    expect(html).toContain('<title>Edition 3</title>');
    expect(html).toContain(
      '@font-face {\n  font-family: "Noto Serif JP";\n  src: url("fonts/serif.ttf") format("truetype");',
    );
  });

  it('unsafe image sources are not loaded and warn', () => {
    const article = structuredClone(fixture('008-figure')) as Article;
    const figure = article.children.find((node) => node.type === 'figure');
    if (figure?.type !== 'figure') throw new Error('fixture has no figure');
    figure.src = 'javascript:alert(1)';
    const warnings: HtmlWarning[] = [];
    const html = toHtml(article, { onWarning: (w) => warnings.push(w) });
    expect(html).not.toContain('<img');
    expect(warnings).toEqual([
      {
        path: expect.stringMatching(/^children\[\d+\]\.src$/),
        message: expect.stringContaining('is not shown'),
      },
    ]);
  });

  it('xhtml escapes "<" in attribute values so XML parsers accept it', () => {
    const article = parseArticle({
      type: 'article',
      schemaVersion: 1,
      meta: { language: 'ja', published: '2025-10-28', title: 't', summary: 'a <b> & "c" ]]> d' },
      children: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'link',
              url: 'https://example.com/?q=<x>&y=1',
              title: '<i>',
              children: [{ type: 'text', value: ']]> x' }],
            },
          ],
        },
      ],
      sources: [],
    });
    const xhtml = toHtml(article, { xhtml: true });
    expect(xmlErrors(xhtml)).toEqual([]);
    const link = xmlElements(xhtml).find((e) => e.name === 'a');
    // The URL's brackets are percent-encoded (WHATWG URL serialisation); the title keeps its "<".
    expect(link?.attributes).toEqual({ href: 'https://example.com/?q=%3Cx%3E&y=1', title: '<i>' });
  });
});

describe('handlers', () => {
  it('an override replaces one node type and keeps the other defaults', () => {
    const html = toHtml(fixture('004-lists'), {
      document: false,
      handlers: {
        list: (node, state) =>
          h(node.ordered ? 'ol' : 'ul', { className: ['custom'] }, state.all(node.children)),
      },
    });
    expect(html).toContain('class="custom"');
    expect(html).not.toContain('kiji-list');
    expect(html).toContain('<h1 class="kiji-title"');
  });

  it('a part handler can drop the masthead or restyle a source entry', () => {
    const html = toHtml(fixture('002-sourced-quote'), {
      document: false,
      handlers: {
        masthead: () => undefined,
        source: (source) => ({ type: 'text', value: `SRC ${source.outlet}` }),
      },
    });
    expect(html).not.toContain('kiji-masthead');
    expect(html).not.toContain('aria-labelledby');
    expect(html).toMatch(/<li id="src-mainichi">SRC 毎日新聞<span class="kiji-backlinks">/);
  });

  it('an article that was never validated is refused like parseArticle refuses it', () => {
    const article = fixture('001-minimal');
    const bad = { ...article, meta: { ...article.meta, published: 'yesterday' } };
    expect(() => toHtml(bad)).toThrow(InputError);
    expect(() => toHtml(bad)).toThrow(/^meta\.published: /);
  });

  it('an article with a node type the schema lacks is refused with its JSON path', () => {
    const article = {
      ...fixture('001-minimal'),
      children: [p('a'), { type: 'video', src: 'x' }],
    } as unknown as Article;
    expect(() => toHtml(article)).toThrow(InputError);
    expect(() => toHtml(article)).toThrow(/children\[1\]\.type: node type "video" is not allowed here/);
  });

  // Node types no handler knows reach `unknown` when a handler renders nodes of its own making.
  const withVideo = (handlers: Partial<Handlers>) => ({
    handlers: {
      figure: (node: Figure, state: State) => {
        const video: { type: string; src: string } = { type: 'video', src: node.src };
        return state.one(video, 'video');
      },
      ...handlers,
    },
  });

  it('a node type no handler renders throws a clear error naming the type and path', () => {
    const article = fixture('008-figure');
    expect(() => toHtml(article, withVideo({}))).toThrow(UnknownNodeError);
    expect(() => toHtml(article, withVideo({}))).toThrow(
      /no HTML handler for node type "video" at children\[\d+\]\.video: render it with handlers: \{ unknown: .*warnUnknown/,
    );
  });

  it('warnUnknown skips the node with a warning; a handler for the new type renders it', () => {
    const article = fixture('008-figure');
    const warnings: HtmlWarning[] = [];
    toHtml(article, { ...withVideo({ unknown: warnUnknown }), onWarning: (w) => warnings.push(w) });
    expect(warnings).toContainEqual({
      path: expect.stringMatching(/\.video$/),
      message: expect.stringContaining('"video"'),
    });
    const custom = toHtml(
      article,
      withVideo({
        unknown: (node) =>
          node.type === 'video' ? h('video', { src: (node as { src?: string }).src }) : undefined,
      }),
    );
    expect(custom).toMatch(/<video src="[^"]+"><\/video>/);
  });
});

describe('articleSections', () => {
  it('returns the section tree with the ids toHtml uses', () => {
    const article = fixture('006-sections');
    const outline = articleSections(article);
    expect(outline.map((entry) => [entry.kind, entry.id, entry.number, entry.depth])).toEqual([
      ['section', 'sec-1', '1', 1],
      ['section', 'sec-2', '2', 1],
      ['section', 'sec-3', undefined, 1],
      ['conclusion', 'conclusion', undefined, 1],
    ]);
    expect(outline[0]?.children[0]).toMatchObject({ id: 'sec-1-1', title: '第一章の節', depth: 2 });
    const html = toHtml(article, { idPrefix: 'x-' });
    for (const entry of articleSections(article, { idPrefix: 'x-' }).flatMap((e) => [e, ...e.children])) {
      expect(html).toContain(`id="${entry.id}"`);
    }
  });
});
