import { ARTICLE_EXTENSIONS, extensionOf } from '@kiji/load';

/** A file the user opened or dropped, as text; refuses what the loader cannot read. */
export async function readArticleFile(file: File): Promise<{ text: string; name: string }> {
  const extension = extensionOf(file.name);
  if (!(extension in ARTICLE_EXTENSIONS)) {
    const known = Object.keys(ARTICLE_EXTENSIONS).join(', ');
    throw new Error(`${file.name}: open a ${known} file`);
  }
  return { text: await file.text(), name: file.name };
}

/** True for files the importer turns into Markdown first (scraped page text). */
export const isPageText = (name: string) => ARTICLE_EXTENSIONS[extensionOf(name)] === 'text';
