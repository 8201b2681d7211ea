import { isSafeUrl } from '@kiji/core';
import type { Context } from './context.js';

/** What became of a link target: a URL to link, text only (and why), or an in-page anchor. */
export type LinkTarget =
  | { kind: 'url'; url: string }
  | { kind: 'unsafe'; href: string }
  | { kind: 'relative'; href: string }
  | { kind: 'anchor' };

/**
 * A link target as the model may hold it: http(s) and mailto URLs, relative ones resolved
 * against the page's own address when it gave one. Control characters and white space inside
 * a scheme (`java\tscript:`) are removed first, as browsers do, so no spelling slips through.
 */
export function resolveHref(href: string, context: Context): LinkTarget {
  const trimmed = cleanHref(href);
  if (trimmed === '' || trimmed.startsWith('#')) return { kind: 'anchor' };
  if (/^[a-z][a-z0-9+.-]*:/iu.test(trimmed)) {
    return isSafeUrl(trimmed)
      ? { kind: 'url', url: new URL(trimmed).href }
      : { kind: 'unsafe', href: trimmed };
  }
  if (context.base !== undefined) {
    try {
      const url = new URL(trimmed, context.base).href;
      if (isSafeUrl(url)) return { kind: 'url', url };
    } catch {
      // fall through: kept as text
    }
  }
  return { kind: 'relative', href: trimmed };
}

/** The URL without its fragment, for telling two links to the same page apart. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The host of a URL, lower case, without `www.`; undefined when it has none. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./u, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The URL parser's clean-up: tabs and line breaks removed anywhere, control characters and
 * spaces removed at both ends.
 */
function cleanHref(href: string): string {
  let out = '';
  for (const char of href) if (char !== '\t' && char !== '\n' && char !== '\r') out += char;
  let start = 0;
  let end = out.length;
  while (start < end && out.charCodeAt(start) <= 0x20) start++;
  while (end > start && out.charCodeAt(end - 1) <= 0x20) end--;
  return out.slice(start, end);
}
