import type { Found } from './read-metadata.js';

/** White space removed, for comparing headings with titles. */
export function squash(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

/**
 * The page's headline element: the <h1> the <title> or the metadata title contains (the longest,
 * since a blog's name is an <h1> too), else the first <h1> inside <article> or <main>, else the
 * first <h1>.
 */
export function findMainHeading(document: Document, title: Found<string> | undefined): Element | undefined {
  const headings = [...document.querySelectorAll('h1')];
  const pageTitle = squash(document.querySelector('title')?.textContent ?? '');
  const wanted = squash(title?.value ?? '');
  let best: { element: Element; length: number } | undefined;
  for (const element of headings) {
    const text = squash(element.textContent ?? '');
    if (text === '') continue;
    const matches =
      (wanted !== '' && (wanted.includes(text) || text.includes(wanted))) || pageTitle.includes(text);
    if (matches && (!best || text.length > best.length)) best = { element, length: text.length };
  }
  if (best) return best.element;
  return document.querySelector('article h1, main h1, [role="main"] h1') ?? headings[0] ?? undefined;
}

/**
 * The title when the metadata has none: the headline element's text, else the <title> without
 * a ` | Site` / ` - Site` suffix naming the site.
 */
export function titleFromPage(
  document: Document,
  heading: Element | undefined,
  siteName: string | undefined,
): Found<string> | undefined {
  const headingText = heading?.textContent?.replace(/[ \t\n\f\r]+/gu, ' ').trim();
  if (headingText) return { value: headingText, origin: '<h1>' };
  const pageTitle = document
    .querySelector('title')
    ?.textContent?.replace(/[ \t\n\f\r]+/gu, ' ')
    .trim();
  if (!pageTitle) return undefined;
  for (const separator of [' | ', ' - ', ' – ', ' — ', '｜', ' ― ']) {
    const at = pageTitle.lastIndexOf(separator);
    if (at <= 0) continue;
    const suffix = pageTitle.slice(at + separator.length).trim();
    if (
      siteName === undefined ||
      squash(siteName).includes(squash(suffix)) ||
      squash(suffix).includes(squash(siteName))
    ) {
      return { value: pageTitle.slice(0, at).trim(), origin: '<title> without the site name' };
    }
  }
  return { value: pageTitle, origin: '<title>' };
}
