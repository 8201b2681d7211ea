import type { Element, Root, RootContent } from 'hast';

/** Characters XML 1.0 forbids (C0 controls but tab, newline, return; U+FFFE, U+FFFF; lone surrogates). */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids, matched to drop them.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Raw-text elements whose content the serializer writes as is. */
const RAW = new Set(['style', 'script']);

/**
 * hast-util-to-html writes `<` unescaped inside quoted attribute values and `>` unescaped in
 * text; both are fine in HTML but `<` in an attribute (and `]]>` in text) break XML. This step
 * swaps them for a private-use character absent from the document, and returns the function
 * that turns that character into the right character reference in the serialized string.
 * Characters XML cannot hold at all are dropped.
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
    let value = entry.get();
    value = value.replace(FORBIDDEN, '');
    if (value.includes('<') || value.includes('>')) value = value.replaceAll('<', lt).replaceAll('>', gt);
    if (value !== entry.get()) entry.set(value);
  }
  return (serialized) => serialized.replaceAll(lt, '&#x3C;').replaceAll(gt, '&#x3E;');
}
