/**
 * The structure tree of a tagged PDF as a screen reader gets it: the elements from the
 * StructTreeRoot (read with pdf-lib, which keeps each element's identity across pages), the text
 * of each marked-content sequence from pdf.js (`getTextContent({ includeMarkedContent: true })`),
 * and pdf.js's own per-page view (`getStructTree()`) to check it reads the same tree.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One structure element with its text (its own content and its descendants', in order). */
export interface Element {
  type: string;
  alt?: string;
  lang?: string;
  actualText?: string;
  title?: string;
  id?: string;
  children: Element[];
  /** Marked content of its own, as pdf.js ids (`p12R_mc3`). */
  content: string[];
  /** Link annotations it owns (object numbers). */
  annotations: number[];
  /** Its text: own content and children's, in structure order. */
  text: string;
}

export interface Structure {
  root: Element;
  /** Every element in reading order (pre-order). */
  elements: Element[];
  /** Text of every marked-content sequence that belongs to an element, by pdf.js id. */
  contentText: Map<string, string>;
  /** Text drawn inside artifacts. */
  artifactText: string[];
  /** Text drawn outside any marked content (must be empty). */
  unmarkedText: string[];
  /** Roles pdf.js gives each content id (ancestors, outermost first), from `getStructTree()`. */
  pdfjsRoles: Map<string, string[]>;
  /** Roles the same content ids have in the tree read with pdf-lib. */
  treeRoles: Map<string, string[]>;
  /** Each link annotation: its object number and `/StructParent`, if any. */
  linkAnnotations: { object: number; structParent?: number; contents?: string }[];
  /** `/ParentTree` entries of annotations, by key: the element they point at (object number). */
  parentTreeKeys: Set<number>;
}

const textOf = (value: unknown): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

export async function readStructure(pdf: Uint8Array): Promise<Structure> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = doc.getPages();
  const pageId = new Map(pages.map((page) => [page.ref.toString(), `p${page.ref.objectNumber}R`]));
  const treeRoot = doc.catalog.lookup(PDFName.of('StructTreeRoot'));
  if (!(treeRoot instanceof PDFDict)) throw new Error('no StructTreeRoot');

  const contentText = new Map<string, string>();
  const artifactText: string[] = [];
  const unmarkedText: string[] = [];
  const pdfjsRoles = new Map<string, string[]>();
  const loading = getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 });
  const reader = await loading.promise;
  try {
    for (let number = 1; number <= reader.numPages; number++) {
      const page = await reader.getPage(number);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const open: ({ id: string | null; tag: string | null } | null)[] = [];
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
            // pdf.js reports the tag too, though its types do not declare it.
            const tag = (item as { tag?: string }).tag;
            open.push({ id: item.id ?? null, tag: tag ?? null });
          } else if (item.type === 'endMarkedContent') open.pop();
          continue;
        }
        const text = item.str + (item.hasEOL ? '\n' : '');
        const owner = open.findLast((mark) => mark?.id);
        if (open.some((mark) => mark?.tag === 'Artifact')) artifactText.push(text);
        else if (owner?.id) contentText.set(owner.id, (contentText.get(owner.id) ?? '') + text);
        else if (text.trim() !== '') unmarkedText.push(text);
      }
      const tree = await page.getStructTree();
      const visit = (node: unknown, roles: string[]) => {
        const entry = node as { role?: string; type?: string; id?: string; children?: unknown[] };
        if (entry.type === 'content' && entry.id) {
          pdfjsRoles.set(entry.id, roles);
          return;
        }
        const inner = entry.role && entry.role !== 'Root' ? [...roles, entry.role] : roles;
        for (const child of entry.children ?? []) visit(child, inner);
      };
      if (tree) visit(tree, []);
      page.cleanup();
    }
  } finally {
    await loading.destroy();
  }

  const treeRoles = new Map<string, string[]>();
  const elements: Element[] = [];
  const readElement = (dict: PDFDict, roles: string[]): Element => {
    const type = dict.lookup(PDFName.of('S'), PDFName).decodeText();
    const alt = textOf(dict.lookup(PDFName.of('Alt')));
    const lang = textOf(dict.lookup(PDFName.of('Lang')));
    const actualText = textOf(dict.lookup(PDFName.of('ActualText')));
    const title = textOf(dict.lookup(PDFName.of('T')));
    const id = textOf(dict.lookup(PDFName.of('ID')));
    const element: Element = {
      type,
      ...(alt !== undefined ? { alt } : {}),
      ...(lang !== undefined ? { lang } : {}),
      ...(actualText !== undefined ? { actualText } : {}),
      ...(title !== undefined ? { title } : {}),
      ...(id !== undefined ? { id } : {}),
      children: [],
      content: [],
      annotations: [],
      text: '',
    };
    elements.push(element);
    const inner = [...roles, type];
    const defaultPage = dict.get(PDFName.of('Pg'));
    const kidsValue = dict.get(PDFName.of('K'));
    const kids = kidsValue instanceof PDFArray ? kidsValue.asArray() : kidsValue ? [kidsValue] : [];
    let text = '';
    for (const raw of kids) {
      if (raw instanceof PDFNumber) {
        const id = `${pageId.get(String(defaultPage))}_mc${raw.asNumber()}`;
        element.content.push(id);
        treeRoles.set(id, inner);
        text += contentText.get(id) ?? '';
        continue;
      }
      const kid = raw instanceof PDFRef ? doc.context.lookup(raw) : raw;
      if (!(kid instanceof PDFDict)) continue;
      const kind = kid.lookup(PDFName.of('Type'));
      if (kind instanceof PDFName && kind.decodeText() === 'MCR') {
        const id = `${pageId.get(String(kid.get(PDFName.of('Pg'))))}_mc${kid.lookup(PDFName.of('MCID'), PDFNumber).asNumber()}`;
        element.content.push(id);
        treeRoles.set(id, inner);
        text += contentText.get(id) ?? '';
      } else if (kind instanceof PDFName && kind.decodeText() === 'OBJR') {
        const object = kid.get(PDFName.of('Obj'));
        if (object instanceof PDFRef) element.annotations.push(object.objectNumber);
      } else {
        const child = readElement(kid, inner);
        element.children.push(child);
        text += child.text;
      }
    }
    // ActualText replaces what the element's glyphs read as.
    element.text = actualText ?? text;
    return element;
  };
  const rootKids = treeRoot.lookup(PDFName.of('K'));
  const first = rootKids instanceof PDFArray ? rootKids.lookup(0) : rootKids;
  if (!(first instanceof PDFDict)) throw new Error('the StructTreeRoot has no element');
  const root = readElement(first, []);

  const linkAnnotations: Structure['linkAnnotations'] = [];
  for (const page of pages) {
    const annots = page.node.Annots();
    for (const ref of annots?.asArray() ?? []) {
      const annot = doc.context.lookup(ref);
      if (!(annot instanceof PDFDict)) continue;
      if (annot.lookup(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const parent = annot.lookup(PDFName.of('StructParent'));
      const contents = textOf(annot.lookup(PDFName.of('Contents')));
      linkAnnotations.push({
        object: ref instanceof PDFRef ? ref.objectNumber : -1,
        ...(parent instanceof PDFNumber ? { structParent: parent.asNumber() } : {}),
        ...(contents !== undefined ? { contents } : {}),
      });
    }
  }
  const parentTreeKeys = new Set<number>();
  const collectKeys = (node: PDFDict) => {
    const nums = node.lookup(PDFName.of('Nums'));
    if (nums instanceof PDFArray) {
      for (let i = 0; i < nums.size(); i += 2) parentTreeKeys.add(nums.lookup(i, PDFNumber).asNumber());
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) collectKeys(kids.lookup(i, PDFDict));
  };
  const parentTree = treeRoot.lookup(PDFName.of('ParentTree'));
  if (parentTree instanceof PDFDict) collectKeys(parentTree);

  return {
    root,
    elements,
    contentText,
    artifactText,
    unmarkedText,
    pdfjsRoles,
    treeRoles,
    linkAnnotations,
    parentTreeKeys,
  };
}

/** Text compared without white space: line ends add spaces that are not in the model. */
export const squash = (text: string): string => text.replace(/\s+/gu, '');
