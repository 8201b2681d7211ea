import { Readability } from '@mozilla/readability';
import { type Context, sample } from '../context.js';
import { squash } from './find-main-heading.js';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd, td, th, pre';

/** The main content element, and the texts of the page's blocks before extraction. */
export interface Extracted {
  content: Element;
  /** Texts (white space removed) of the page's blocks before extraction, in order. */
  blockTexts: string[];
}

/**
 * Find the main content with Mozilla Readability (Firefox's Reader View) on the page as
 * furniture removal left it. When Readability finds nothing readable (a short page), the body
 * is the content. The page's block texts are recorded first, so that what the extractor left
 * out can be reported.
 */
export function extractContent(document: Document, context: Context): Extracted {
  const blockTexts = [...document.body.querySelectorAll(BLOCKS)]
    .filter((element) => element.querySelector(BLOCKS) === null)
    .map((element) => squash(element.textContent ?? ''))
    .filter((text) => text !== '');
  const body = document.body.cloneNode(true) as Element;
  let content: Element | null = null;
  try {
    const result = new Readability(document, {
      keepClasses: true,
      charThreshold: 200,
      disableJSONLD: true,
      serializer: (node: Node) => node as Element,
    }).parse();
    content = result?.content ?? null;
  } catch (error) {
    context.warnings.push({
      code: 'extractor',
      message: `the extractor failed (${sample(String((error as Error).message ?? error))}); the whole page without its furniture is imported`,
    });
  }
  if (content === null || squash(content.textContent ?? '') === '') {
    context.warnings.push({
      code: 'extractor',
      message: 'the extractor found no main content; the whole page without its furniture is imported',
    });
    content = body;
  }
  return { content, blockTexts };
}

/** Report each block of the page the article does not hold (extractor drops, furniture lines). */
export function reportLeftOut(
  blockTexts: readonly string[],
  kept: ReadonlySet<string>,
  context: Context,
): void {
  for (const text of blockTexts) {
    if (kept.has(text)) continue;
    context.warnings.push({
      code: 'extractor',
      message: `left out as not part of the article: "${sample(text)}"`,
    });
  }
}
