import type { Element, Root, RootContent } from 'hast';

/** Raw-text elements whose content the serializer writes as is. */
const RAW = new Set(['style', 'script']);

/**
 * hast-util-to-html writes `<` unescaped inside quoted attribute values and `>` unescaped in
 * text; both are fine in HTML but `<` in an attribute (and `]]>` in text) break XML. This step
 * swaps them for a private-use character absent from the document, and returns the function
 * that turns that character into the right character reference in the serialized string.
 */
export function protectForXml(tree: Root | Element): (serialized: string) => string {
  const used = new Set<string>();
  const strings: { get: () => string; set: (value: string) => void }[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'text') {
      for (const char of node.value) if (char >= '\uE000' && char <= '\uF8FF') used.add(char);
      strings.push({ get: () => node.value, set: (value) => (node.value = value) });
    }
    if (node.type === 'element') {
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value !== 'string') continue;
        for (const char of value) if (char >= '\uE000' && char <= '\uF8FF') used.add(char);
        strings.push({
          get: () => node.properties[key] as string,
          set: (next) => (node.properties[key] = next),
        });
      }
      if (RAW.has(node.tagName)) return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  let code = 0xe000;
  while (used.has(String.fromCharCode(code))) code += 1;
  const lt = String.fromCharCode(code);
  code += 1;
  while (used.has(String.fromCharCode(code))) code += 1;
  const gt = String.fromCharCode(code);
  for (const entry of strings) {
    const value = entry.get();
    if (value.includes('<') || value.includes('>')) entry.set(value.replaceAll('<', lt).replaceAll('>', gt));
  }
  return (serialized) => serialized.replaceAll(lt, '&#x3C;').replaceAll(gt, '&#x3E;');
}
