import { splitShortNumbers } from '@kiji/html';
import {
  type ChildNode,
  createElement,
  createText,
  type Element,
  elements,
  isElement,
  isText,
  replaceNode,
} from '../dom.js';

const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'title', 'style', 'script']);

/**
 * 縦中横 for pages Kiji writes itself (navigation, colophon): the same rule `@kiji/html` applies to
 * the article — standalone one- and two-digit numbers sit upright in `<span class="kiji-tcy">`.
 */
export function markTateChuYoko(root: Element): void {
  const skipped = (element: Element) =>
    SKIP.has(element.name) || /\b(kiji-tcy|kiji-url)\b/.test(element.attribs.class ?? '');
  for (const element of [root, ...elements(root)]) {
    if (skipped(element) || hasSkippedAncestor(element, skipped)) continue;
    for (const child of [...element.children]) {
      if (!isText(child)) continue;
      const pieces = splitShortNumbers(child.data);
      if (pieces.length === 1 && pieces[0]?.type === 'text') continue;
      const replacements: ChildNode[] = pieces.map((piece) =>
        piece.type === 'text'
          ? createText(piece.value)
          : createElement('span', { class: 'kiji-tcy' }, [
              createText(
                piece.type === 'element' && piece.children[0]?.type === 'text' ? piece.children[0].value : '',
              ),
            ]),
      );
      replaceNode(child, replacements);
    }
  }
}

function hasSkippedAncestor(element: Element, skipped: (element: Element) => boolean): boolean {
  for (let parent = element.parent; isElement(parent); parent = parent.parent) {
    if (skipped(parent)) return true;
  }
  return false;
}
