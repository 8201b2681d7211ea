// The page script of the browser test: the browser build of @kiji/epub (what a bundler picks
// with the `browser` condition) makes the flagship's EPUB in the page.
/// <reference lib="dom" />
import { parseArticle } from '@kiji/core';
// The browser build has the API that src/index.ts declares (the package's `types` cover both).
// @ts-expect-error dist/browser.js comes without a declaration file of its own
import * as browserBuild from '../../dist/browser.js';
import type { toEpub as ToEpub } from '../../src/index.js';
import './entry-types.js';

const { toEpub } = browserBuild as { toEpub: typeof ToEpub };

window.makeEpub = async (vertical, embedFonts) => {
  const article = parseArticle(await (await fetch('/article.json')).json());
  const epub = await toEpub(article, { vertical, embedFonts });
  let binary = '';
  for (let at = 0; at < epub.length; at += 0x8000)
    binary += String.fromCharCode(...epub.subarray(at, at + 0x8000));
  return btoa(binary);
};
