import { type ChildNode, Element, type ParentNode, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { escapeXml } from './xml.js';

export type { ChildNode, Element, ParentNode };

/** True for elements. */
export const isElement = (node: unknown): node is Element => node instanceof Element;

/** True for text nodes. */
export const isText = (node: unknown): node is Text => node instanceof Text;

/** Parse an XHTML fragment (XML rules: case kept, `epub:type` and `xml:lang` kept as written). */
export function parseXhtml(markup: string): ParentNode {
  return parseDocument(markup, { xmlMode: true, decodeEntities: true });
}

/** Serialize nodes as XHTML: UTF-8 text, only `& < > " '` escaped, empty elements self-closed. */
export function serializeXhtml(nodes: readonly ChildNode[]): string {
  return nodes.map(serializeNode).join('');
}

function serializeNode(node: ChildNode): string {
  if (node instanceof Text) return escapeXml(node.data);
  if (node instanceof Element) {
    const attributes = Object.entries(node.attribs)
      .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
      .join('');
    if (node.children.length === 0 && VOID.has(node.name)) return `<${node.name}${attributes}/>`;
    return `<${node.name}${attributes}>${serializeXhtml(node.children)}</${node.name}>`;
  }
  // Comments, processing instructions and CDATA carry nothing a reader needs.
  if ('children' in node) return serializeXhtml(node.children);
  return '';
}

/** HTML void elements: written self-closed; every other empty element gets an end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Every element under `root`, in document order. */
export function* elements(root: ParentNode): Generator<Element> {
  for (const child of root.children) {
    if (child instanceof Element) {
      yield child;
      yield* elements(child);
    }
  }
}

/** Create an element (for markup added after rendering). */
export function createElement(
  name: string,
  attribs: Record<string, string>,
  children: ChildNode[] = [],
): Element {
  const element = new Element(name, attribs, children);
  for (const child of children) child.parent = element;
  return element;
}

/** Create a text node. */
export const createText = (data: string): Text => new Text(data);

/** Replace `node` by `replacements` in its parent. */
export function replaceNode(node: ChildNode, replacements: ChildNode[]): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node);
  parent.children.splice(index, 1, ...replacements);
  for (const replacement of replacements) replacement.parent = parent;
  // domhandler keeps sibling links; rebuild them for the parent's children.
  relinkSiblings(parent);
}

/** Remove `node` from its parent. */
export function removeNode(node: ChildNode): void {
  replaceNode(node, []);
}

function relinkSiblings(parent: ParentNode): void {
  parent.children.forEach((child, index) => {
    child.prev = parent.children[index - 1] ?? null;
    child.next = parent.children[index + 1] ?? null;
  });
}

/** The concatenated text of a node. */
export function textOf(node: ChildNode | ParentNode): string {
  if (node instanceof Text) return node.data;
  if ('children' in node) return node.children.map((child) => textOf(child)).join('');
  return '';
}
