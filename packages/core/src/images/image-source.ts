/** Where a figure's `src` points, read from the string alone (no file is touched). */
export type ImageSource =
  /** A `data:` URL, decoded. */
  | { kind: 'data'; mediaType: string; data: Uint8Array }
  /** An http(s) URL (or a scheme-relative `//host/…`), not fetched by any renderer. */
  | { kind: 'remote'; url: string }
  /** A path relative to the article's folder, percent-decoded as a URL path is. */
  | { kind: 'local'; path: string }
  /** An absolute path or a `file:` URL: refused, since it may name any file on the machine. */
  | { kind: 'outside'; problem: string }
  /** Another scheme (`javascript:`, `ftp:`, …) or nothing at all: never loaded. */
  | { kind: 'unsupported'; problem: string };

const DATA_URL = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/s;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;
// POSIX `/x`, Windows `C:\x` or `C:/x`, UNC `\\server\share`.
const ABSOLUTE = /^(\/|[a-z]:[\\/]|\\\\)/i;

const shorten = (value: string) => (value.length > 80 ? `${value.slice(0, 77)}...` : value);

/** Classify a figure's `src`; `local` paths still need the file-root checks of `@kiji/core/files`. */
export function classifyImageSource(src: string): ImageSource {
  const value = src.trim();
  if (value === '')
    return { kind: 'unsupported', problem: 'the image has no src: give a relative path or an https URL' };
  const data = DATA_URL.exec(value);
  if (data) {
    const [, mediaType = '', parameters = '', payload = ''] = data;
    try {
      const bytes = parameters.split(';').includes('base64')
        ? Uint8Array.from(atob(payload.replace(/\s+/g, '')), (char) => char.charCodeAt(0))
        : new TextEncoder().encode(decodeURIComponent(payload));
      return { kind: 'data', mediaType: mediaType.toLowerCase(), data: bytes };
    } catch {
      return { kind: 'unsupported', problem: 'the data: URL is not well formed: encode the image again' };
    }
  }
  if (/^https?:/i.test(value) || value.startsWith('//')) return { kind: 'remote', url: value };
  if (/^file:/i.test(value) || ABSOLUTE.test(value)) {
    return {
      kind: 'outside',
      problem: `"${shorten(value)}" is ${/^file:/i.test(value) ? 'a file: URL' : 'an absolute path'}, which may name any file on the machine: copy the image into the article's folder and give its path relative to the article`,
    };
  }
  if (SCHEME.test(value)) {
    return {
      kind: 'unsupported',
      problem: `image "${shorten(value)}" is not shown: use a relative path, an http(s) URL or a data:image URL`,
    };
  }
  let path = value.replace(/[?#].*$/s, '');
  try {
    path = decodeURI(path);
  } catch {
    // Not percent-encoded after all: a literal file name.
  }
  return { kind: 'local', path };
}
