import { type Element, elements } from '../hast.js';
import type { WarningHandler } from '../options.js';

/**
 * Links inside one rendered article (`#cite-…`, `#src-…`, `#sec-2`) point to ids that now live
 * in other documents (citations in the text, sources in the endnotes): prefix each such link with
 * the file holding its target. Links whose target exists nowhere are reported.
 */
export function relinkDocuments(
  documents: readonly { filename: string; root: Element }[],
  warn: WarningHandler,
): void {
  const owner = new Map<string, string>();
  for (const document of documents) {
    for (const element of [document.root, ...elements(document.root)]) {
      const id = element.properties.id;
      if (typeof id === 'string' && !owner.has(id)) owner.set(id, document.filename);
    }
  }
  for (const document of documents) {
    for (const element of elements(document.root)) {
      const href = element.properties.href;
      if (element.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) continue;
      const id = href.slice(1);
      const file = owner.get(id);
      if (file === undefined) {
        warn({
          path: '',
          message: `link to "#${id}" in ${document.filename} has no target: it is shown as text`,
        });
        delete element.properties.href;
      } else if (file !== document.filename) {
        element.properties.href = `${file}#${id}`;
      }
    }
  }
}
