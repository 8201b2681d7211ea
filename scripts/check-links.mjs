// Checks every link inside the repository's Markdown: the READMEs, docs/ (the API reference
// included, once `pnpm docs` has written it) and the packages' docs/. A link to a file or folder
// must exist; a link to a heading (`file.md#section`) must name one, as GitHub makes anchors.
// Links to other sites are not fetched. `node scripts/check-links.mjs` prints the broken ones
// (`file:line: target: why`) and exits 1 when there are any.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', 'dist', 'out', '.git', '.turbo', 'coverage']);
/** Test inputs are data, not documentation (some are hostile on purpose). */
const TEST_DATA = /\/(?:e2e\/fixtures|corpus)$/;

/** The Markdown files whose links are checked. */
export function markdownFiles(dir = root) {
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!TEST_DATA.test(path)) walk(path);
      } else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  walk(dir);
  return found.sort();
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

/**
 * Code blanked out, lines kept, so links in examples are not read: fenced blocks, and inline
 * spans unless `spans` is false (a heading's code is part of its anchor).
 */
function withoutCode(text, spans = true) {
  const lines = text.split('\n');
  let fence;
  return lines
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return '';
      }
      if (marker) {
        fence = marker;
        return '';
      }
      return spans ? line.replace(/(`+)[^`]*?\1/g, '') : line;
    })
    .join('\n');
}

const anchorCache = new Map();

/** The anchors a Markdown file defines: its headings' slugs (numbered when repeated) and ids. */
function anchorsOf(file) {
  let anchors = anchorCache.get(file);
  if (anchors) return anchors;
  anchors = new Set();
  const counts = new Map();
  const text = withoutCode(readFileSync(file, 'utf8'), false);
  for (const line of text.split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      const base = slug(heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
      const seen = counts.get(base) ?? 0;
      counts.set(base, seen + 1);
      anchors.add(seen === 0 ? base : `${base}-${seen}`);
    }
    for (const match of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]);
  }
  anchorCache.set(file, anchors);
  return anchors;
}

/** Every link target of a Markdown text with its line: inline links, images, definitions, HTML. */
function linksOf(text) {
  const links = [];
  withoutCode(text)
    .split('\n')
    .forEach((line, index) => {
      const patterns = [
        /!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
        /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/g,
        // Not `\<img …>`: an escaped tag is text.
        /(?<!\\)<(?:img|a|source)\s[^>]*?(?:src|href|srcset)="([^"]+)"/g,
      ];
      for (const pattern of patterns) {
        for (const match of line.matchAll(pattern)) links.push({ target: match[1], line: index + 1 });
      }
    });
  return links;
}

/** Broken links of the given Markdown files: `{ file, line, target, why }`. */
export function brokenLinks(files = markdownFiles()) {
  const broken = [];
  for (const file of files) {
    for (const { target, line } of linksOf(readFileSync(file, 'utf8'))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
      const [rawPath, anchor] = target.split('#', 2);
      let path;
      try {
        path = decodeURIComponent(rawPath);
      } catch {
        broken.push({ file, line, target, why: 'not a valid URL' });
        continue;
      }
      const resolved = path === '' ? file : resolve(dirname(file), path.split('?')[0]);
      if (!existsSync(resolved)) {
        broken.push({ file, line, target, why: `${relative(root, resolved)} does not exist` });
        continue;
      }
      if (anchor && resolved.endsWith('.md') && statSync(resolved).isFile()) {
        if (!anchorsOf(resolved).has(decodeURIComponent(anchor).toLowerCase())) {
          broken.push({ file, line, target, why: `no heading "#${anchor}" in ${relative(root, resolved)}` });
        }
      }
    }
  }
  return broken;
}

if (process.argv[1] === import.meta.filename) {
  const broken = brokenLinks();
  for (const { file, line, target, why } of broken)
    console.error(`${relative(root, file)}:${line}: ${target}: ${why}`);
  if (broken.length > 0) process.exit(1);
  console.log(`every link of ${markdownFiles().length} Markdown files resolves`);
}
