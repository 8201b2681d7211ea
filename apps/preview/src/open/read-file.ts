import { ARTICLE_EXTENSIONS, extensionOf } from '@kiji/load';

/**
 * A file the user opened or dropped, as text; refuses what the loader cannot read. A saved web
 * page comes as its bytes, for the worker to decode in the encoding the page declares (UTF-8,
 * Shift_JIS or EUC-JP): the page's own thread never loads the HTML importer.
 */
export async function readArticleFile(
  file: File,
): Promise<{ text: string; bytes?: Uint8Array; name: string }> {
  const extension = extensionOf(file.name);
  if (!(extension in ARTICLE_EXTENSIONS)) {
    const known = Object.keys(ARTICLE_EXTENSIONS).join(', ');
    throw new Error(`${file.name}: open a ${known} file`);
  }
  if (ARTICLE_EXTENSIONS[extension] === 'html') {
    return { text: '', bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
  }
  return { text: await file.text(), name: file.name };
}

/** True for files the importer turns into Markdown first (scraped page text, saved web pages). */
export const isPageText = (name: string) => {
  const format = ARTICLE_EXTENSIONS[extensionOf(name)];
  return format === 'text' || format === 'html';
};
