// POSIX path helpers for the browser build: epub-gen-memory's template engine (ejs) names each
// compiled template after its file with `path.basename` and `path.extname`, and reads no file.
export const sep = '/';

export function basename(path: string, extension?: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return extension && base.endsWith(extension) ? base.slice(0, -extension.length) : base;
}

export function extname(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}

export function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '.' : at === 0 ? '/' : path.slice(0, at);
}

export function join(...parts: string[]): string {
  return normalize(parts.filter(Boolean).join('/'));
}

export function resolve(...parts: string[]): string {
  let path = '';
  for (const part of parts) path = part.startsWith('/') ? part : `${path}/${part}`;
  return normalize(path.startsWith('/') ? path : `/${path}`);
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return `${path.startsWith('/') ? '/' : ''}${out.join('/')}`;
}

export default { sep, basename, extname, dirname, join, resolve };
