import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { typesetHeights } from '../typeset/typeset-text.js';

/**
 * Standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4) that a Kiji PDF uses; a reader's
 * screen reader knows each of them without a role map.
 */
export type StructureType =
  | 'Document'
  | 'Part'
  | 'Art'
  | 'Sect'
  | 'Div'
  | 'BlockQuote'
  | 'Caption'
  | 'TOC'
  | 'TOCI'
  | 'Index'
  | 'NonStruct'
  | 'Private'
  | 'H'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'H5'
  | 'H6'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Span'
  | 'Quote'
  | 'Note'
  | 'Reference'
  | 'BibEntry'
  | 'Code'
  | 'Link'
  | 'Annot'
  | 'Figure'
  | 'Formula'
  | 'Form';

/**
 * A structure element: what a screen reader is told the content is. Put on a react-pdf element
 * with `tagged(element, tag)` (or the `tag` option of `ctx.text`); everything drawn inside it
 * belongs to it, across page breaks, until a descendant declares its own.
 */
export interface PdfTag {
  type: StructureType;
  /** Text alternative (`/Alt`): required on a `Figure`. */
  alt?: string;
  /** Language (`/Lang`) when it differs from the document's. */
  lang?: string;
  /** What the content reads as when its glyphs differ from its text (`/ActualText`). */
  actualText?: string;
  /** Title of the element (`/T`), e.g. a section's heading. */
  title?: string;
  /** Element identifier (`/ID`), unique in the document: PDF/UA-1 asks one of every `Note`. */
  id?: string;
  /** On a `Link`: the annotation's `/Contents`, a description of where it goes. */
  contents?: string;
  /**
   * An element this one sits in, made with it (a run has one tag: a citation mark is a `Link`
   * whose parent is a `Reference`). Shared by every run of the same parent.
   */
  parent?: PdfTag;
}

/**
 * Content that is not part of the text: running heads, page numbers, rules, marks, decoration.
 * A reader skips it. `Pagination` for running heads and page numbers, `Layout` for rules and
 * decoration.
 */
export interface PdfArtifact {
  artifact: 'Pagination' | 'Layout' | 'Page' | 'Background';
}

/** What a react-pdf element's `tag` prop holds. */
export type TagProp = PdfTag | PdfArtifact;

export const isArtifact = (tag: TagProp): tag is PdfArtifact => 'artifact' in tag;

/** The heading type of a level: 1 is the title (`H1`), section levels follow; deeper than 6 stays H6. */
export const headingType = (level: number): StructureType =>
  `H${Math.min(6, Math.max(1, Math.round(level)))}` as StructureType;

/**
 * The element with `tag` declared: its content (and its content on later pages, when react-pdf
 * splits it) becomes one structure element of that type. Anything that is not an element (null,
 * text) is returned as it is. The layout is untouched: no wrapping box is added.
 */
export function tagged<T extends ReactNode>(element: T, tag: TagProp): T {
  if (!isValidElement(element)) return element;
  const clone = cloneElement(element as ReactElement<{ tag?: TagProp }>, { tag });
  // Keep the composed block's heights (keep-with-next looks them up by element).
  const heights = typesetHeights.get(element);
  if (heights) typesetHeights.set(clone, heights);
  return clone as T;
}

/**
 * The `tag` prop to spread on a react-pdf element written in JSX (`<View {...tagProp({ type:
 * 'LI' })}>`; react-pdf's types do not know the prop). One tag object is one structure element.
 */
export const tagProp = (tag: TagProp): object => ({ tag });

/** The element drawn as an artifact: not read, not part of the structure tree. */
export const artifact = <T extends ReactNode>(element: T, kind: PdfArtifact['artifact'] = 'Layout'): T =>
  tagged(element, { artifact: kind });
