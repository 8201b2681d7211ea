import { type Context, describeElement, sample, spacedText } from '../context.js';

/** Elements that are page furniture by what they are. */
const FURNITURE_TAGS: Readonly<Record<string, string>> = {
  nav: 'navigation',
  footer: 'footer',
  aside: 'sidebar or box beside the article',
  form: 'form',
  button: 'button',
  input: 'form field',
  select: 'form field',
  textarea: 'form field',
  dialog: 'dialog',
  menu: 'menu',
};

const FURNITURE_ROLES: Readonly<Record<string, string>> = {
  navigation: 'navigation',
  banner: 'site header',
  contentinfo: 'footer',
  complementary: 'sidebar or box beside the article',
  search: 'search box',
  dialog: 'dialog',
  alertdialog: 'dialog',
};

/** Words of class names and ids (split at - and _) that mark furniture, and what it is. */
const FURNITURE_WORDS: Readonly<Record<string, string>> = {
  nav: 'navigation',
  navbar: 'navigation',
  menu: 'navigation',
  breadcrumb: 'navigation',
  breadcrumbs: 'navigation',
  pankuzu: 'navigation',
  pager: 'navigation',
  pagination: 'navigation',
  skip: 'navigation',
  share: 'share buttons',
  sharing: 'share buttons',
  social: 'share buttons',
  sns: 'share buttons',
  ad: 'advertisement',
  ads: 'advertisement',
  adsbygoogle: 'advertisement',
  advert: 'advertisement',
  advertisement: 'advertisement',
  sponsor: 'advertisement',
  sponsored: 'advertisement',
  promo: 'advertisement',
  taboola: 'advertisement',
  outbrain: 'advertisement',
  related: 'related articles',
  recommend: 'related articles',
  recommended: 'related articles',
  recommendations: 'related articles',
  more: 'related articles',
  ranking: 'ranking',
  popular: 'ranking',
  trending: 'ranking',
  'most-read': 'ranking',
  sidebar: 'sidebar',
  widget: 'sidebar',
  module: 'sidebar',
  profile: 'sidebar',
  archive: 'sidebar',
  recent: 'sidebar',
  newsletter: 'newsletter sign-up',
  subscribe: 'newsletter sign-up',
  signup: 'newsletter sign-up',
  paywall: 'paywall notice',
  cookie: 'cookie banner',
  cookies: 'cookie banner',
  consent: 'cookie banner',
  gdpr: 'cookie banner',
  comment: 'comments',
  comments: 'comments',
  respond: 'comment form',
  reply: 'comment form',
  footer: 'footer',
  copyright: 'copyright line',
  tags: 'tag list',
  categories: 'category list',
  byline: 'byline (read as metadata)',
  trust: 'footer',
};

/**
 * Remove the page's furniture before the extractor looks at it — navigation, headers and
 * footers, sidebars, share bars, ads, related and ranking lists, newsletter and comment forms,
 * cookie banners, hidden elements — by tag, ARIA role and class or id words, and report each
 * removed element with its text. An element that holds the headline, the article or most of
 * the page's text is never removed, whatever its class says.
 */
export function dropFurniture(document: Document, mainHeading: Element | undefined, context: Context): void {
  const body = document.body;
  if (!body) return;
  const total = textLength(body);
  for (const element of [...body.querySelectorAll('*')]) {
    if (!element.isConnected) continue;
    const what = classify(element, mainHeading);
    if (what === undefined) continue;
    if (mainHeading && element.contains(mainHeading)) continue;
    if (element.querySelector('article, main, [role="main"]')) continue;
    if (element.localName === 'article' || element.localName === 'main') continue;
    const length = textLength(element);
    if (total > 0 && length > total * 0.6) continue;
    const text = spacedText(element);
    element.remove();
    if (text.trim() === '') continue;
    context.warnings.push({
      code: 'boilerplate',
      message: `dropped ${what} ${describeElement(element)}: "${sample(text)}"`,
    });
  }
}

function classify(element: Element, mainHeading: Element | undefined): string | undefined {
  const name = element.localName;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true')
    return 'hidden element';
  const style = element.getAttribute('style')?.replace(/\s+/gu, '').toLowerCase() ?? '';
  if (style.includes('display:none') || style.includes('visibility:hidden')) return 'hidden element';
  const byTag = FURNITURE_TAGS[name];
  if (byTag) return byTag;
  if (name === 'header' && !(mainHeading && element.contains(mainHeading)) && !element.closest('article')) {
    return 'site header';
  }
  const role = element.getAttribute('role')?.trim().toLowerCase();
  if (role) {
    const byRole = FURNITURE_ROLES[role];
    if (byRole) return byRole;
  }
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  if (names.trim() === '') return undefined;
  for (const token of names.split(/\s+/u)) {
    if (FURNITURE_WORDS[token]) return FURNITURE_WORDS[token];
    for (const word of token.split(/[-_]/u)) {
      const what = FURNITURE_WORDS[word];
      if (what) return what;
    }
  }
  return undefined;
}

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/[ \t\n\f\r]+/gu, '').length;
}
