import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFNumber } from 'pdf-lib';

const isObjectReference = (kid: unknown): boolean => {
  const type = kid instanceof PDFDict ? kid.lookup(PDFName.of('Type')) : undefined;
  return type instanceof PDFName && type.decodeText() === 'OBJR';
};

/**
 * Take the link annotations out of a tagged PDF's structure (print mode removes them from the
 * pages): every `OBJR` kid of a structure element and every parent-tree entry of an annotation
 * goes, so no element points at an annotation that is no longer on a page. The Link elements
 * keep their text.
 */
export function dropAnnotationsFromStructure(doc: PDFDocument): void {
  const treeRoot = doc.catalog.lookup(PDFName.of('StructTreeRoot'));
  if (!(treeRoot instanceof PDFDict)) return;
  const seen = new Set<PDFDict>();
  const visit = (element: PDFDict) => {
    if (seen.has(element)) return;
    seen.add(element);
    const kids = element.get(PDFName.of('K'));
    const resolved = kids ? doc.context.lookup(kids) : undefined;
    if (resolved instanceof PDFArray) {
      for (let index = resolved.size() - 1; index >= 0; index--) {
        const kid = resolved.lookup(index);
        if (isObjectReference(kid)) resolved.remove(index);
        else if (kid instanceof PDFDict && !kid.has(PDFName.of('MCID'))) visit(kid);
      }
    } else if (resolved instanceof PDFDict) {
      if (isObjectReference(resolved)) element.set(PDFName.of('K'), doc.context.obj([]));
      else if (!resolved.has(PDFName.of('MCID'))) visit(resolved);
    }
  };
  visit(treeRoot);
  // Annotation entries map a key to one element; page entries map to an array of them.
  const prune = (node: PDFDict) => {
    const nums = node.lookup(PDFName.of('Nums'));
    if (nums instanceof PDFArray) {
      for (let index = nums.size() - 2; index >= 0; index -= 2) {
        if (nums.get(index) instanceof PDFNumber && !(nums.lookup(index + 1) instanceof PDFArray)) {
          nums.remove(index + 1);
          nums.remove(index);
        }
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray)
      for (let index = 0; index < kids.size(); index++) prune(kids.lookup(index, PDFDict));
  };
  const parentTree = treeRoot.lookup(PDFName.of('ParentTree'));
  if (parentTree instanceof PDFDict) prune(parentTree);
}

/** True when the PDF has a structure tree (rendered with tagging on). */
export const isTagged = (doc: PDFDocument): boolean =>
  doc.catalog.lookup(PDFName.of('StructTreeRoot')) instanceof PDFDict;
