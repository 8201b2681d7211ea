const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** True for URLs that may become links: absolute http(s) and mailto only. */
export function isSafeUrl(url: string): boolean {
  try {
    const parsed = new URL(url.trim());
    return SAFE_SCHEMES.has(parsed.protocol) && /^[a-z]+:/i.test(url.trim());
  } catch {
    return false;
  }
}
