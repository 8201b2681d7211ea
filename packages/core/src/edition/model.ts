import type { Article, Publisher } from '../model.js';

/** What an edition says about itself: the cover, the title page and the book's metadata. */
export interface EditionMeta {
  /** Title of the edition, e.g. `"朝のブリーフィング"`. */
  title: string;
  /** Second title line, e.g. `"日米首脳会談特集"`. */
  subtitle?: string;
  /** Date of the edition (ISO 8601 date or date-time); also the date stamped into outputs. */
  date: string;
  /** Who issues the edition. */
  publisher?: Publisher;
  /** BCP 47 language of the edition's own pages (cover, contents), e.g. `"ja"`. */
  language: string;
  /** Edition number, printed as 第12号 or No. 12. */
  number?: number;
}

/** One article of a manifest: a file path, a path with a section label, or the article inline. */
export type EditionEntry =
  | string
  | {
      /** Path of a `.json`, `.md` or `.txt` article, relative to the manifest. */
      path: string;
      /** Section label shown above the article's title in the contents, e.g. `"経済"`. */
      section?: string;
    }
  | {
      /** The article itself. */
      article: Article;
      /** Section label shown above the article's title in the contents. */
      section?: string;
    };

/** An edition manifest (`edition.json`) as written: metadata, optional cover image, articles. */
export interface EditionManifest extends EditionMeta {
  /** The JSON Schema the file follows, for editors (ignored). */
  $schema?: string;
  /** Cover image (JPEG or PNG) relative to the manifest; without it the cover is generated. */
  cover?: string;
  /** The articles in reading order. */
  articles: EditionEntry[];
}

/** One article of a loaded edition. */
export interface EditionArticle {
  /** The validated article. */
  article: Article;
  /** Section label, e.g. `"政治"`. */
  section?: string;
  /** Where the article's relative figure paths start (its file's directory). */
  baseDir?: string;
}

/** An edition with every article loaded and validated: what the renderers take. */
export interface Edition {
  /** The edition's own metadata. */
  meta: EditionMeta;
  /** The articles in reading order. */
  articles: EditionArticle[];
}
