import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isInputError } from '@kiji/core';
import type { RenderResult, RenderTask, RenderWarning } from './task.js';

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * Render every output a task asks for, in this thread. Errors come back as a result, never
 * thrown: one bad article must not take the worker (or the batch) down with it. Renderers are
 * loaded on first use, so a worker that only writes HTML never loads react-pdf.
 */
export async function renderTask(task: RenderTask): Promise<RenderResult> {
  const warnings: RenderWarning[] = [];
  const files = {
    root: task.root ?? task.baseDir,
    baseDir: task.baseDir,
    ...(task.maxImageBytes ? { maxImageBytes: task.maxImageBytes } : {}),
  };
  try {
    const result: Extract<RenderResult, { ok: true }> = { ok: true, warnings };
    if (task.pdf) {
      const { renderPdf } = await import('@kiji/pdf');
      result.pdf = await renderPdf(task.article, {
        ...(task.pdf.pageSize ? { pageSize: task.pdf.pageSize } : {}),
        ...files,
        onWarning: ({ path, message }) => warnings.push({ format: 'pdf', path, message }),
      });
    }
    if (task.epub) {
      const { toEpub } = await import('@kiji/epub');
      result.epub = await toEpub(task.article, {
        vertical: task.epub.vertical === true,
        embedFonts: task.epub.embedFonts === true,
        ...(task.epub.cover ? { cover: task.epub.cover } : {}),
        ...files,
        onWarning: ({ path, message }) => warnings.push({ format: 'epub', path, message }),
      });
    }
    if (task.html) {
      const { toHtml } = await import('@kiji/html');
      const outputDir = task.html.outputDir;
      result.html = toHtml(task.article, {
        vertical: task.html.vertical === true,
        ...files,
        // Figure paths are relative to the article; the page links them relative to itself.
        imageSrc: (src) => {
          if (!outputDir || HAS_SCHEME.test(src) || src.startsWith('//') || isAbsolute(src)) return src;
          return relative(outputDir, resolve(task.baseDir, src)).split(sep).join('/');
        },
        onWarning: ({ path, message }) => warnings.push({ format: 'html', path, message }),
      });
    }
    return result;
  } catch (error) {
    if (isInputError(error)) return { ok: false, problems: error.problems, warnings };
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, problems: [{ path: '', message }], warnings };
  }
}
