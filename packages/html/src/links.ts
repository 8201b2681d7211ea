import { isSafeUrl } from '@kiji/core';
import type { State } from './state.js';

const shorten = (url: string) => (url.length > 80 ? `${url.slice(0, 77)}...` : url);

/**
 * The URL when it may become a link (absolute http, https or mailto); otherwise warns at the
 * current path (with `key`, e.g. `url`) and returns undefined so the caller shows plain text.
 */
export function safeHref(url: string, state: State, key = 'url'): string | undefined {
  if (isSafeUrl(url)) return encodeUnsafe(url.trim());
  state.warn(
    `link to "${shorten(url)}" is shown as text: only http(s) and mailto links are allowed; use an absolute https:// or mailto: URL`,
    key,
  );
  return undefined;
}

const IMAGE_DATA = /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml)[;,]/i;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * True for image sources that may be loaded: relative paths, absolute http(s) URLs and
 * `data:image/...` URLs.
 */
export function isSafeImageSrc(src: string): boolean {
  const value = src.trim();
  if (value === '') return false;
  if (IMAGE_DATA.test(value)) return true;
  if (SCHEME.test(value)) return /^https?:/i.test(value) && isSafeUrl(value);
  return !value.startsWith('//');
}

// Characters a URL may not carry as they are (EPUB checkers reject them, RSC-020).
const NEEDS_ENCODING = /["'<>`{}|\\^\s]/;

/**
 * The URL with `"`, `'`, `<` and the like percent-encoded as WHATWG URL serialisation does (and
 * `'` too, which it leaves in paths); URLs without them are returned exactly as written.
 */
function encodeUnsafe(url: string): string {
  if (!NEEDS_ENCODING.test(url)) return url;
  try {
    return new URL(url).href.replace(/'/g, '%27');
  } catch {
    return url.replace(
      /["'<>`{}|\\^\s]/g,
      (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
  }
}
