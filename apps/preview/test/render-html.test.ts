import { parseArticle } from '@kiji/core';
import { loadFixtures } from '@kiji/fixtures';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/worker/render-html.js';

const hostile = parseArticle(loadFixtures().find((fixture) => fixture.name === '012-escaping')!.json);

describe('renderHtml', () => {
  const html = renderHtml(hostile, false, 'http://127.0.0.1:5173/');

  it('forbids scripts in the view and allows fonts only from the app', () => {
    expect(html).toMatch(/<head><meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'none'/);
    expect(html).toMatch(/font-src http:\/\/127\.0\.0\.1:5173;/);
    // The @kiji/fonts files (file: URLs here in Node; asset URLs of the app once bundled).
    expect(html).toMatch(/url\("[^"]+\/NotoSerifJP-Regular\.ttf"\)/);
  });

  it('escapes article text and keeps no script and no unsafe link', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('makes the vertical edition', () => {
    expect(renderHtml(hostile, true, 'http://127.0.0.1:5173/')).toMatch(/vertical-rl/);
  });
});
