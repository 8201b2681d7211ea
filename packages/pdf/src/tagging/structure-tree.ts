import { isArtifact, type PdfArtifact, type PdfTag, type TagProp } from './tags.js';

/** The parts of pdfkit's document (react-pdf's drawing context) the tagging uses. */
interface PdfRef {
  data: Record<string, unknown>;
  compress?: boolean;
  write(chunk: string | Uint8Array): void;
  end(): void;
}
interface PdfNumberTree {
  get(key: number): unknown;
  add(key: number, value: unknown): void;
}
interface PdfPage {
  dictionary: PdfRef;
  readonly structParentTreeKey: number;
}
export interface PdfKitDocument {
  page: PdfPage;
  _root: PdfRef;
  endMetadata: () => void;
  ref(data: Record<string, unknown>): PdfRef;
  addContent(operators: string): unknown;
  getStructTreeRoot(): PdfRef;
  getStructParentTree(): PdfNumberTree;
  getMarkInfoDictionary(): PdfRef;
  createStructParentTreeNextKey(): number;
}

/** A react-pdf node as the renderer draws it. */
interface DrawnNode {
  type: string;
  props?: { tag?: TagProp; fixed?: boolean } | null;
}
/** A text run as the renderer draws it; `tag` comes from the `tag` prop of a nested `<Text>`/`<Link>`. */
interface DrawnRun {
  attributes: { tag?: TagProp | null };
}

/** The hooks the patched `@react-pdf/render` calls while it draws (the Document's `tagging` prop). */
export interface TaggingHooks {
  /** A page is about to start: close what is open on the page before. */
  page(doc: PdfKitDocument): void;
  enter(doc: PdfKitDocument, node: DrawnNode): void;
  leave(doc: PdfKitDocument, node: DrawnNode): void;
  /** A background, border, rule or underline is about to be drawn. */
  decoration(doc: PdfKitDocument): void;
  /** An image, SVG drawing or canvas of the current node is about to be drawn. */
  content(doc: PdfKitDocument, node: DrawnNode): void;
  /** A text run is about to be drawn. */
  run(doc: PdfKitDocument, run: DrawnRun): void;
  /** Options for the link annotation about to be added (its structure parent and /Contents). */
  annotation(doc: PdfKitDocument, tag: TagProp | null | undefined, node: DrawnNode | null): object;
  /** Everything is drawn: write the structure tree. */
  end(doc: PdfKitDocument): void;
}

/** Marked content on one page (an MCID), a link annotation, or a child element. */
type Kid =
  | { kind: 'content'; page: PdfRef; mcid: number }
  | { kind: 'annotation'; page: PdfRef; annotation: PdfRef }
  | { kind: 'element'; element: StructElement };

interface StructElement {
  tag: PdfTag;
  ref: PdfRef | null;
  parent: StructElement | null;
  kids: Kid[];
}

interface Artifact {
  artifact: PdfArtifact['artifact'];
}

type Owner = StructElement | Artifact;

/** One object per kind of artifact, so that consecutive artifacts of a kind share a sequence. */
const ARTIFACTS: Record<PdfArtifact['artifact'], Artifact> = {
  Layout: { artifact: 'Layout' },
  Pagination: { artifact: 'Pagination' },
  Page: { artifact: 'Page' },
  Background: { artifact: 'Background' },
};
const LAYOUT = ARTIFACTS.Layout;

const isElement = (owner: Owner): owner is StructElement => 'kids' in owner;

/** A PDF name for a structure type (the standard types are plain letters). */
const pdfName = (name: string): string => `/${name.replace(/[^A-Za-z0-9]/g, '')}`;

export interface TaggingOptions {
  /** The root element (default `Document`). */
  root?: PdfTag;
  /**
   * XMP metadata to store in the catalogue (PDF/UA-1 asks for the title and the PDF/UA
   * identifier there).
   */
  xmp?: string;
}

/**
 * The tagging of one render: marked content around everything drawn, each sequence owned by a
 * structure element (through its MCID) or marked as an artifact, and at the end the structure
 * tree — `StructTreeRoot`, `ParentTree`, `MarkInfo /Marked true`.
 *
 * Elements come from the `tag` props of react-pdf nodes and runs. A node react-pdf splits over
 * two pages keeps its props, so both halves add content to the same element: a paragraph
 * broken by a page is one `P`. Elements join their parent in the order they are first drawn,
 * which is the reading order (pages are drawn in order, a page's flow top to bottom; fixed
 * nodes — running heads, page numbers — are artifacts). Marked content is opened lazily, when
 * something is drawn, and kept open while the owner stays the same, so a paragraph's lines on
 * one page are one sequence.
 */
export function createTagging(options: TaggingOptions = {}): TaggingHooks {
  const root: StructElement = {
    tag: options.root ?? { type: 'Document' },
    ref: null,
    parent: null,
    kids: [],
  };
  const elements = new Map<object, StructElement>();
  const stack: Owner[] = [];
  let open: { owner: Owner; page: PdfPage } | null = null;

  const current = (): Owner => stack.at(-1) ?? root;

  const refOf = (doc: PdfKitDocument, element: StructElement): PdfRef => {
    if (!element.ref) element.ref = doc.ref({});
    return element.ref;
  };

  const elementFor = (tag: PdfTag, parent: Owner): Owner => {
    if (!isElement(parent)) return parent;
    const known = elements.get(tag);
    if (known) return known;
    const element: StructElement = { tag, ref: null, parent, kids: [] };
    elements.set(tag, element);
    parent.kids.push({ kind: 'element', element });
    return element;
  };

  const close = (doc: PdfKitDocument): void => {
    if (!open) return;
    doc.addContent('EMC');
    open = null;
  };

  /** Make `owner` the owner of what is drawn next. */
  const ensure = (doc: PdfKitDocument, owner: Owner): void => {
    if (open && open.owner === owner && open.page === doc.page) return;
    close(doc);
    if (isElement(owner)) {
      const page = doc.page;
      const marks = doc.getStructParentTree().get(page.structParentTreeKey) as unknown[];
      const mcid = marks.length;
      marks.push(refOf(doc, owner));
      owner.kids.push({ kind: 'content', page: page.dictionary, mcid });
      doc.addContent(`${pdfName(owner.tag.type)} <</MCID ${mcid}>> BDC`);
    } else if (owner.artifact === 'Layout') {
      doc.addContent('/Artifact BMC');
    } else {
      doc.addContent(`/Artifact <</Type /${owner.artifact}>> BDC`);
    }
    open = { owner, page: doc.page };
  };

  const ownerOfTag = (tag: TagProp | null | undefined, parent: Owner): Owner => {
    if (!tag) return parent;
    if (!isElement(parent)) return parent;
    if (isArtifact(tag)) return ARTIFACTS[tag.artifact];
    return elementFor(tag, tag.parent ? ownerOfTag(tag.parent, parent) : parent);
  };

  const ids: [string, PdfRef][] = [];
  const writeElement = (doc: PdfKitDocument, element: StructElement, parentRef: PdfRef): boolean => {
    const ref = refOf(doc, element);
    const kids: unknown[] = [];
    let pg: PdfRef | undefined;
    for (const kid of element.kids) {
      if (kid.kind === 'element') {
        if (writeElement(doc, kid.element, ref)) kids.push(kid.element.ref);
      } else if (kid.kind === 'content') {
        pg ??= kid.page;
        kids.push(kid.page === pg ? kid.mcid : { Type: 'MCR', Pg: kid.page, MCID: kid.mcid });
      } else {
        kids.push({ Type: 'OBJR', Obj: kid.annotation, Pg: kid.page });
      }
    }
    // An element nothing was drawn in (an empty block) is left out of the tree.
    if (kids.length === 0 && element !== root) return false;
    const { tag } = element;
    if (tag.id) ids.push([tag.id, ref]);
    // No optional /Type: every structure element costs bytes in an uncompressed object.
    Object.assign(ref.data, {
      S: tag.type,
      P: parentRef,
      K: kids.length === 1 ? kids[0] : kids,
      ...(pg ? { Pg: pg } : {}),
      ...(tag.id ? { ID: new String(tag.id) } : {}),
      ...(tag.title ? { T: new String(tag.title) } : {}),
      ...(tag.lang ? { Lang: new String(tag.lang) } : {}),
      ...(tag.alt ? { Alt: new String(tag.alt) } : {}),
      ...(tag.actualText ? { ActualText: new String(tag.actualText) } : {}),
    });
    ref.end();
    return true;
  };

  return {
    page: (doc) => close(doc),
    enter: (_doc, node) => {
      const parent = current();
      const props = node.props ?? {};
      // Fixed nodes repeat on every page: running heads and page numbers.
      if (props.fixed && isElement(parent) && !props.tag) stack.push(ARTIFACTS.Pagination);
      else stack.push(ownerOfTag(props.tag, parent));
    },
    leave: () => {
      stack.pop();
    },
    decoration: (doc) => {
      const owner = current();
      ensure(doc, isElement(owner) ? LAYOUT : owner);
    },
    content: (doc) => ensure(doc, current()),
    run: (doc, run) => ensure(doc, ownerOfTag(run.attributes.tag, current())),
    annotation: (doc, tag, node) => {
      let owner = ownerOfTag(tag ?? node?.props?.tag, current());
      if (!isElement(owner)) return {};
      if (owner.tag.type !== 'Link') {
        // A link annotation belongs to a Link element (PDF/UA-1 7.18.5): make one.
        owner = elementFor({ type: 'Link' }, owner) as StructElement;
      }
      const element = owner;
      const page = doc.page;
      // Annotations are visited in structure order (PDF/UA-1 7.18.3).
      page.dictionary.data.Tabs = 'S';
      return {
        ...(element.tag.contents ? { Contents: new String(element.tag.contents) } : {}),
        structParent: {
          add: (reference: { annotationRef: PdfRef }) => {
            const key = doc.createStructParentTreeNextKey();
            reference.annotationRef.data.StructParent = key;
            doc.getStructParentTree().add(key, refOf(doc, element));
            element.kids.push({
              kind: 'annotation',
              page: page.dictionary,
              annotation: reference.annotationRef,
            });
          },
        },
      };
    },
    end: (doc) => {
      close(doc);
      const treeRoot = doc.getStructTreeRoot();
      writeElement(doc, root, treeRoot);
      treeRoot.data.K = [root.ref];
      if (ids.length > 0) {
        // Element identifiers need the IDTree (a name tree, keys in order).
        const names = ids
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .flatMap(([id, ref]) => [new String(id), ref]);
        treeRoot.data.IDTree = { Names: names };
      }
      doc.getMarkInfoDictionary().data.Marked = true;
      if (options.xmp) {
        const metadata = doc.ref({ Type: 'Metadata', Subtype: 'XML' });
        metadata.write(new TextEncoder().encode(options.xmp));
        metadata.end();
        doc._root.data.Metadata = metadata;
        // pdfkit writes XMP of its own from PDF 1.4 on, its text unescaped: this one stands instead.
        doc.endMetadata = () => {};
      }
    },
  };
}
