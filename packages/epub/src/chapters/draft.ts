import type { Element } from '../hast.js';

/** A document being assembled: metadata and its root element (serialized once, at the end). */
export interface Draft {
  /** File name inside `OEBPS/`. */
  filename: string;
  /** The document `<title>`. */
  title: string;
  /** BCP 47 language. */
  language: string;
  /** `epub:type` of `<body>`. */
  epubType: string;
  /** Placed before the navigation document in the spine. */
  beforeToc?: boolean;
  /** Always horizontal, even in the vertical edition (the English licence text). */
  horizontal?: boolean;
  /** The root element inside `<body>`. */
  root: Element;
}
