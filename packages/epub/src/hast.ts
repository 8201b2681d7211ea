import type { Element, ElementContent, Root } from 'hast';

export type { Element, ElementContent };

/** Every element under `root`, in document order. */
export function* elements(root: Root | Element): Generator<Element> {
  for (const child of root.children) {
    if (child.type === 'element') {
      yield child;
      yield* elements(child);
    }
  }
}

/** The concatenated text of a node. */
export function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** True when the element has the class. */
export const hasClass = (element: Element, name: string): boolean => {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.includes(name);
};
