import { checkArticle } from './check-article.js';
import { importPage } from './import-page.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';
import { renderEpubBytes } from './render-epub.js';
import { renderHtml } from './render-html.js';
import { renderPdfBytes } from './render-pdf.js';

/** Sends a response to the page (with buffers to transfer). */
export type Post = (message: WorkerResponse, transfer?: Transferable[]) => void;

/**
 * Answer one request: check the text, then render what the view shows or make the download.
 * `base` is the app's URL (fonts and pdf.js assets are found from it).
 */
export async function handleRequest(request: WorkerRequest, post: Post, base: string): Promise<void> {
  const { id } = request;
  if (request.type === 'import') {
    post({ type: 'imported', id, ...importPage(request.text, request.name, request.bytes) });
    return;
  }
  const { article, items } = checkArticle(request.text, request.name);
  if (request.type === 'update') {
    post({
      type: 'checked',
      id,
      items,
      valid: article !== undefined,
      ...(article ? { title: article.meta.title } : {}),
    });
    if (!article) return;
    if (request.options.view === 'html') {
      post({ type: 'html', id, html: renderHtml(article, request.options.vertical, base) });
      return;
    }
    post({ type: 'progress', id, stage: 'rendering the PDF' });
    const started = performance.now();
    const { bytes, items: warnings } = await renderPdfBytes(
      article,
      request.options.pageSize,
      request.options.print,
    );
    post({ type: 'pdf', id, bytes, renderMs: performance.now() - started, items: warnings }, [bytes.buffer]);
    return;
  }
  if (!article) throw new Error('the article has problems: fix the ones in the check panel first');
  const stem = request.name.replace(/\.[^.]*$/, '') || 'article';
  if (request.kind === 'pdf' || request.kind === 'print-pdf') {
    const print = request.kind === 'print-pdf';
    post({ type: 'progress', id, stage: print ? 'making the print PDF' : 'making the PDF' });
    const { bytes } = await renderPdfBytes(article, request.options.pageSize, print);
    const fileName = `${stem}${print ? '-print' : ''}.pdf`;
    post({ type: 'file', id, bytes, fileName, mime: 'application/pdf' }, [bytes.buffer]);
    return;
  }
  if (request.kind === 'epub' || request.kind === 'epub-vertical') {
    const vertical = request.kind === 'epub-vertical';
    post({ type: 'progress', id, stage: 'making the EPUB' });
    const bytes = await renderEpubBytes(article, vertical);
    const fileName = `${stem}${vertical ? '-vertical' : ''}.epub`;
    post({ type: 'file', id, bytes, fileName, mime: 'application/epub+zip' }, [bytes.buffer]);
    return;
  }
  throw new Error(`${request.kind} downloads are not available in the browser yet`);
}

/** Run `handleRequest`, turning a failure into a message; always ends with `done`. */
export async function answer(request: WorkerRequest, post: Post, base: string): Promise<void> {
  try {
    await handleRequest(request, post, base);
  } catch (error) {
    post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    post({ type: 'done', id: request.id });
  }
}
