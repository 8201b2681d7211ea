/** Attributes written after a heading: `## 見出し {#sec-1 .conclusion number="第1章"}`. */
export interface HeadingAttributes {
  /** From `#id`. */
  id?: string;
  /** From `.name`, in order. */
  classes: string[];
  /** From `key=value`, `key="value"`, `key='value'` or a bare `key` (empty value). */
  values: Record<string, string>;
}

const TOKEN =
  /\s*(?:#([^\s"'{}=]+)|\.([^\s"'{}=#.]+)|([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'{}=]+)))?)\s*/y;

/** Parse the text between the braces; a string is a message saying what is wrong. */
export function parseHeadingAttributes(text: string): HeadingAttributes | string {
  const attributes: HeadingAttributes = { classes: [], values: {} };
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match || match[0].length === 0) {
      return `cannot read heading attributes "{${text}}" at "${text.slice(at)}": write {#id}, {.conclusion} or {number="…"}`;
    }
    const [, id, className, key, double, single, bare] = match;
    if (id !== undefined) {
      if (attributes.id !== undefined) return `heading attributes "{${text}}" give two ids: keep one #id`;
      attributes.id = id;
    } else if (className !== undefined) attributes.classes.push(className);
    else if (key !== undefined) {
      if (key in attributes.values) return `heading attributes "{${text}}" give "${key}" twice: keep one`;
      attributes.values[key] = double ?? single ?? bare ?? '';
    }
  }
  return attributes;
}

/** Characters that may appear in a quoted heading attribute value and read back unchanged. */
const SAFE_VALUE = /^[^"{}\\&*_`[\]<>!\r\n]*$/;

/** True when `value` can be written as `key="value"` after a heading and read back unchanged. */
export function isSafeHeadingValue(value: string): boolean {
  return SAFE_VALUE.test(value);
}

/** `{#sec-1 .conclusion number="第1章"}`, or `''` when there is nothing to write. */
export function formatHeadingAttributes(attributes: HeadingAttributes): string {
  const parts: string[] = [];
  if (attributes.id !== undefined) parts.push(`#${attributes.id}`);
  for (const name of attributes.classes) parts.push(`.${name}`);
  for (const [key, value] of Object.entries(attributes.values)) parts.push(`${key}="${value}"`);
  return parts.length === 0 ? '' : `{${parts.join(' ')}}`;
}
