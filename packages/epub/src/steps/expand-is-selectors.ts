/**
 * Rewrite `:is(a, b)` selectors as plain selector lists (`x a, x b`). Older reading-system engines
 * drop a whole rule whose selector they do not understand, and epubcheck 4.2's CSS parser rejects
 * `:is()` (CSS-008): the expanded rules mean the same and work everywhere. Comments are removed.
 */
export function expandIsSelectors(css: string): string {
  const source = withoutComments(css);
  let out = '';
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '{') {
      const prelude = source.slice(start, index);
      out += prelude.trim().startsWith('@') || !prelude.includes(':is(') ? prelude : expandList(prelude);
      out += char;
      start = index + 1;
    } else if (char === '}' || char === ';') {
      out += source.slice(start, index + 1);
      start = index + 1;
    }
  }
  return out + source.slice(start);
}

/** CSS without its comments; an unclosed comment runs to the end, as in CSS. */
function withoutComments(css: string): string {
  let out = '';
  let from = 0;
  for (let open = css.indexOf('/*'); open !== -1; open = css.indexOf('/*', from)) {
    out += css.slice(from, open);
    const close = css.indexOf('*/', open + 2);
    if (close === -1) return out;
    from = close + 2;
  }
  return out + css.slice(from);
}

function expandList(prelude: string): string {
  const leading = /^\s*/.exec(prelude)?.[0] ?? '';
  const trailing = prelude.slice(prelude.trimEnd().length);
  const selectors = splitTopLevel(prelude.trim()).flatMap((selector) => expandSelector(selector.trim()));
  return `${leading}${[...new Set(selectors)].join(',\n')}${trailing}`;
}

function expandSelector(selector: string): string[] {
  const at = selector.indexOf(':is(');
  if (at === -1) return [selector];
  const open = at + 3;
  const close = matchingParen(selector, open);
  const before = selector.slice(0, at);
  const after = selector.slice(close + 1);
  return splitTopLevel(selector.slice(open + 1, close)).flatMap((alternative) =>
    expandSelector(`${before}${alternative.trim()}${after}`),
  );
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) return index;
  }
  throw new Error(`unbalanced parentheses in CSS selector "${text}"`);
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
