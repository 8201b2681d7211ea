// The page script of the browser test: the browser build of @kiji/pdf (what a bundler picks with
// the `browser` condition), fonts fetched from URLs and one given as bytes, as an app would.
/// <reference lib="dom" />
import { parseArticle } from '@kiji/core';
// The browser build has the API that src/index.ts declares (the package's `types` cover both).
// @ts-expect-error dist/browser.js comes without a declaration file of its own
import * as browserBuild from '../../dist/browser.js';
import type { renderPdf as RenderPdf } from '../../src/index.js';

const { renderPdf } = browserBuild as { renderPdf: typeof RenderPdf };

import './entry-types.js';

window.renderFlagship = async (print = false) => {
  const article = parseArticle(await (await fetch('/article.json')).json());
  const emoji = new Uint8Array(await (await fetch('/fonts/NotoEmoji-Regular.ttf')).arrayBuffer());
  const warnings: string[] = [];
  const started = performance.now();
  const pdf = await renderPdf(article, {
    pageSize: 'A4',
    print,
    fonts: {
      serif: { normal: '/fonts/NotoSerifJP-Regular.ttf', bold: '/fonts/NotoSerifJP-Bold.ttf' },
      sans: {
        normal: new URL('/fonts/NotoSansJP-Regular.ttf', location.href),
        bold: '/fonts/NotoSansJP-Bold.ttf',
      },
      italic: { normal: '/fonts/SourceSerif4-Italic.ttf', bold: '/fonts/SourceSerif4-BoldItalic.ttf' },
      fallback: [emoji],
    },
    onWarning: (warning) => warnings.push(`${warning.path}: ${warning.message}`),
  });
  const ms = performance.now() - started;
  let binary = '';
  for (let at = 0; at < pdf.length; at += 0x8000)
    binary += String.fromCharCode(...pdf.subarray(at, at + 0x8000));
  return { base64: btoa(binary), warnings, ms };
};
