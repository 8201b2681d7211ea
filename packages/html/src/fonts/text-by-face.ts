import { isJapanese } from '@kiji/core';
import type { Element, ElementContent } from 'hast';
import { GOTHIC, HEADINGS } from '../css/horizontal.js';

/** The font stacks of the stylesheet: Mincho and Gothic for Japanese, serif and sans for Latin. */
export type Stack = 'serif-ja' | 'sans-ja' | 'serif-latin' | 'sans-latin';

/** One face the page asks for: a stack's first family at a weight and style. */
export interface FaceKey {
  stack: Stack;
  weight: 400 | 700;
  style: 'normal' | 'italic';
}

interface Style {
  stack: Stack;
  weight: number;
  italic: boolean;
}

const classes = (element: Element): string[] => {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
};

/** True when the element matches a simple selector of the stylesheet (`h2`, `.kiji-kicker`). */
const matches = (element: Element, selector: string): boolean =>
  selector.startsWith('.') ? classes(element).includes(selector.slice(1)) : element.tagName === selector;

const ITALIC_TAGS = new Set(['em', 'i', 'cite', 'dfn', 'var', 'address']);
const BOLD = [...HEADINGS, '.kiji-kicker', '.kiji-aside-label', '.kiji-comment-author'];

/**
 * The font of `element` given its parent's: the rules of `horizontalCss` that set a family, a
 * weight or a style (and the browser's defaults for `strong`, `em`, `cite`), so the characters
 * of each face can be known without a browser. A test checks the result against Chromium.
 */
function styleOf(element: Element, parent: Style, japanese: boolean, ancestors: Element[]): Style {
  let { stack, weight, italic } = parent;
  if (GOTHIC.some((selector) => matches(element, selector))) stack = japanese ? 'sans-ja' : 'sans-latin';
  if (matches(element, '.kiji-url')) stack = 'sans-latin';
  if (matches(element, '.kiji-cite') || matches(element, '.kiji-noteref')) stack = 'sans-ja';
  if (element.tagName === 'strong' || element.tagName === 'b') weight = weight >= 600 ? 900 : 700;
  if (BOLD.some((selector) => matches(element, selector)) || element.tagName === 'th') weight = 700;
  if (element.tagName === 'dt' && ancestors.some((a) => matches(a, '.kiji-terms'))) weight = 700;
  if (ITALIC_TAGS.has(element.tagName)) italic = true;
  if (element.tagName === 'em' && japanese) italic = false;
  if (
    element.tagName === 'cite' &&
    ancestors.some((a) => matches(a, '.kiji-attribution') || matches(a, '.kiji-sources'))
  )
    italic = false;
  return { stack, weight, italic };
}

/** Digits and the full stop of ordered-list markers, drawn in the item's font. */
const MARKER = '0123456789.';
/** The sesame dot `text-emphasis` draws over Japanese emphasis, from the text's font. */
const SESAME = '\ufe45';
/** Hyphens a browser inserts where `hyphens: auto` breaks an English word. */
const HYPHENS = '-\u2010';

/**
 * The characters each face of the page draws, for an `<article>` element rendered by `toHast`:
 * text, image alternatives (shown while an image is missing), list numbers, emphasis dots and
 * automatic hyphens. Keys are `stack weight style`, in the order first met.
 */
export function textByFace(
  article: Element,
  language: string,
): Map<string, { face: FaceKey; text: Set<string> }> {
  const japanese = isJapanese(language);
  const faces = new Map<string, { face: FaceKey; text: Set<string> }>();
  const add = (style: Style, text: string) => {
    const face: FaceKey = {
      stack: style.stack,
      weight: style.weight >= 600 ? 700 : 400,
      style: style.italic ? 'italic' : 'normal',
    };
    const key = `${face.stack} ${face.weight} ${face.style}`;
    const entry = faces.get(key) ?? { face, text: new Set<string>() };
    faces.set(key, entry);
    for (const character of text) if (character !== '\n' && character !== '\t') entry.text.add(character);
    // A space is drawn from the face of the text around it: keep it, or the browser takes it
    // from another font (and its width).
    entry.text.add(' ');
  };
  const walk = (element: Element, parent: Style, ancestors: Element[]) => {
    const style = styleOf(element, parent, japanese, ancestors);
    const inside = [...ancestors, element];
    if (element.tagName === 'img' && typeof element.properties.alt === 'string')
      add(style, element.properties.alt);
    if (element.tagName === 'li' && ancestors.at(-1)?.tagName === 'ol') add(style, MARKER);
    if (element.tagName === 'em' && japanese) add(style, SESAME);
    for (const child of element.children as ElementContent[]) {
      if (child.type === 'text') {
        add(style, child.value);
        if (!japanese) add(style, HYPHENS);
      } else if (child.type === 'element') walk(child, style, inside);
    }
  };
  walk(article, { stack: japanese ? 'serif-ja' : 'serif-latin', weight: 400, italic: false }, []);
  return faces;
}
