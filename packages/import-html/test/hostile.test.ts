import { toHtml } from '@kiji/html';
import { lintArticle } from '@kiji/lint';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { importHtml } from '../src/index.js';
import { bodyText, page } from './helpers.js';

// The hostile page carries scripts in every place a page can: <script>, event handlers,
// javascript:, vbscript: and data: links, a <base> and a meta refresh to javascript:, SVG,
// srcdoc frames, plugins, forms, templates, a local file image, a path out of the folder,
// JSON-LD that closes its own script, broken JSON-LD, impossible dates and unclosed tags.

describe('a hostile page', () => {
  const result = importHtml(page('hostile.html'), { file: 'hostile.html' });
  const { article } = result;
  const json = JSON.stringify(article);

  test('imports, validates and lints without errors', () => {
    expect(lintArticle(article).filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(bodyText(article)).toContain('voted 7 to 2');
    expect(bodyText(article)).toContain('Deeply nested but ordinary text survives.');
    expect(bodyText(article)).toContain('Unclosed italic bold underline');
  });

  test('no script, handler or unsafe URL is carried over', () => {
    for (const marker of [8, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]) {
      expect(json).not.toContain(`alert(${marker})`);
    }
    expect(json).not.toMatch(/javascript:|vbscript:|data:text|file:/iu);
    expect(json).not.toContain('onerror');
    expect(json).not.toContain('hidden template text');
    expect(json).not.toContain('Enable JavaScript');
    expect(article.children.map((node) => node.type)).not.toContain('figure' as never);
  });

  test('markup written as text stays text, and is escaped when rendered', () => {
    expect(article.meta.title).toBe('</script><script>alert(4)</script>');
    expect(bodyText(article)).toContain(
      'cost estimate of <script>alert(\\"not code\\")</script> was still unknown',
    );
    const html = toHtml(article);
    const { document } = parseHTML(html) as unknown as { document: Document };
    expect(document.querySelectorAll('script, iframe, object, embed, svg, form, base').length).toBe(0);
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        expect(name, element.outerHTML).not.toMatch(/^on/iu);
        expect(value, element.outerHTML).not.toMatch(/^\s*(javascript|vbscript|data):/iu);
      }
    }
    expect(document.querySelector('title')?.textContent).toBe('</script><script>alert(4)</script>');
  });

  test('impossible and malformed metadata is reported, never used or invented', () => {
    expect(article.meta.published).toBeUndefined();
    const metadata = result.warnings.filter((warning) => warning.code === 'metadata').map((w) => w.message);
    expect(metadata).toContain(
      'ignored <meta property="article:published_time"> "2025-02-30T10:00:00Z" for meta.published: day 30 does not exist: February 2025 has 28 days',
    );
    expect(metadata.some((message) => message.startsWith('ignored JSON-LD block 1: it is not JSON'))).toBe(
      true,
    );
    expect(result.warnings.map((warning) => warning.code)).toContain('no-date');
  });

  test('refused links and images are reported', () => {
    const unsafe = result.warnings.filter((warning) => warning.code === 'unsafe-link').map((w) => w.message);
    expect(unsafe.join('\n')).toContain('vbscript:msgbox(13)');
    expect(unsafe.join('\n')).toContain('JaVaScRiPt:alert(14)');
    const figures = result.warnings.filter((warning) => warning.code === 'figure').map((w) => w.message);
    expect(figures.join('\n')).toContain('file:///etc/passwd');
    expect(figures.join('\n')).toContain('../../../../etc/shadow');
  });
});

describe('markup that is not a page', () => {
  test.each([
    ['an empty string', ''],
    ['plain text', 'just some words'],
    ['a lone tag', '<p>'],
    ['unbalanced tags', '</div></div><b><i>x</b></i>'.repeat(50)],
    ['a comment only', '<!-- nothing -->'],
    ['NUL-free binary-looking text', '\u0001\u0002<\u0003>'.repeat(20)],
  ])('%s imports to a valid article', (_name, html) => {
    const { article } = importHtml(html);
    expect(article.type).toBe('article');
  });
});
