/** One XHTML document of the publication, in reading order. */
export interface XhtmlDocument {
  /** File name inside `OEBPS/`, e.g. `a1-text.xhtml`. */
  filename: string;
  /** The document `<title>`. */
  title: string;
  /** BCP 47 language of the document. */
  language: string;
  /** The XHTML inside `<body>`. */
  body: string;
  /** `epub:type` of the body (`cover`, `bodymatter`, `backmatter`, …). */
  epubType: string;
  /** Before the table of contents in the spine (the cover page). */
  beforeToc?: boolean;
  /** Class of `<html>`: `kiji-vertical` for vertical pages. */
  htmlClass: string;
}

/** A file other than the XHTML documents: image, font, stylesheet part. */
export interface Resource {
  /** Manifest id. */
  id: string;
  /** Path inside `OEBPS/`, e.g. `images/a1-fig-1.png`. */
  href: string;
  /** Media type, e.g. `image/png`, `font/woff2`. */
  mediaType: string;
  /** The bytes. */
  data: Uint8Array;
  /** Manifest `properties`, e.g. `cover-image`. */
  properties?: string;
}

/** One entry of the navigation document: a heading and its subheadings. */
export interface NavEntry {
  /** The entry's text. */
  title: string;
  /** Link target, e.g. `a1-text.xhtml#sec-2`. */
  href: string;
  /** Nested entries (subsections). */
  children: NavEntry[];
}

/** A landmark of the navigation document (cover, start of text, endnotes, …). */
export interface Landmark {
  /** `epub:type` of the landmark. */
  type: string;
  /** Label shown by reading systems. */
  title: string;
  /** Link target. */
  href: string;
}

/** Everything the EPUB is made of, decided before any file is written. */
export interface Publication {
  /** `urn:uuid:…` derived from the content. */
  identifier: string;
  /** `dc:title`. */
  title: string;
  /** `dc:language` and `xml:lang`. */
  language: string;
  /** `dc:description`, never empty. */
  description: string;
  /** `dc:creator` names. */
  creators: string[];
  /** `dc:publisher`. */
  publisher?: string;
  /** `dc:date`: the publication date as W3CDTF; absent when the article's date is unknown. */
  date?: string;
  /** `dc:subject` keywords. */
  subjects: string[];
  /** `dcterms:modified`, `CCYY-MM-DDThh:mm:ssZ`. */
  modified: string;
  /** The date stamped on every zip entry. */
  modifiedDate: Date;
  /** Vertical (縦書き) edition. */
  vertical: boolean;
  /** Title of the navigation document, e.g. `目次`. */
  tocTitle: string;
  /** The XHTML documents in spine order (the navigation document is added after `beforeToc` ones). */
  documents: XhtmlDocument[];
  /** The table of contents. */
  toc: NavEntry[];
  /** The `<nav>` elements of the navigation document, as XHTML. */
  navXhtml: string;
  /** Landmarks. */
  landmarks: Landmark[];
  /** Images, fonts and other files. */
  resources: Resource[];
  /** The stylesheet `style.css`. */
  css: string;
  /** The cover image, when one was given (also listed in `resources`). */
  coverImage?: Resource;
  /** True when fonts are embedded (`ibooks:specified-fonts`). */
  embedsFonts: boolean;
}
