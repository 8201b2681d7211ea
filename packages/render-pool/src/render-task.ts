import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isInputError } from '@kiji/core';
import type { ToHtmlOptions } from '@kiji/html';
import type { PdfTaskOptions, RenderEditionTask, RenderResult, RenderTask, RenderWarning } from './task.js';

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * Render every output a task asks for, in this thread. Errors come back as a result, never
 * thrown: one bad article must not take the worker (or the batch) down with it. Renderers are
 * loaded on first use, so a worker that only writes HTML never loads react-pdf.
 */
export async function renderTask(task: RenderTask): Promise<RenderResult> {
  const warnings: RenderWarning[] = [];
  const root = task.root ?? task.baseDir;
  // Without a root the renderers read no local file: what a service rendering posted text wants.
  const files = {
    ...(root !== undefined ? { root } : {}),
    ...(task.baseDir !== undefined ? { baseDir: task.baseDir } : {}),
    ...(task.maxImageBytes ? { maxImageBytes: task.maxImageBytes } : {}),
  };
  return settle(warnings, async () => {
    const result: Extract<RenderResult, { ok: true }> = { ok: true, warnings };
    if (task.pdf) {
      const { renderPdf } = await import('@kiji/pdf');
      result.pdf = await renderPdf(task.article, {
        ...pdfOptions(task.pdf),
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
      const { toHtml, toHtmlWithFonts } = await import('@kiji/html');
      const outputDir = task.html.outputDir;
      const baseDir = task.baseDir;
      const options: ToHtmlOptions = {
        vertical: task.html.vertical === true,
        ...(task.html.remote === false ? { remote: false } : {}),
        ...files,
        // Figure paths are relative to the article; the page links them relative to itself.
        imageSrc: (src) => {
          if (!outputDir || baseDir === undefined) return src;
          if (HAS_SCHEME.test(src) || src.startsWith('//') || isAbsolute(src)) return src;
          return relative(outputDir, resolve(baseDir, src)).split(sep).join('/');
        },
        onWarning: ({ path, message }) => warnings.push({ format: 'html', path, message }),
      };
      result.html =
        task.html.embedFonts === false
          ? toHtml(task.article, options)
          : await toHtmlWithFonts(task.article, options);
    }
    return result;
  });
}

/** Render an edition's PDF pack and EPUB, in this thread; errors come back as a result. */
export async function renderEditionTask(task: RenderEditionTask): Promise<RenderResult> {
  const warnings: RenderWarning[] = [];
  const files = {
    ...(task.root !== undefined ? { root: task.root } : {}),
    ...(task.maxImageBytes ? { maxImageBytes: task.maxImageBytes } : {}),
  };
  return settle(warnings, async () => {
    const result: Extract<RenderResult, { ok: true }> = { ok: true, warnings };
    if (task.pdf) {
      const { renderEditionPdf } = await import('@kiji/pdf');
      result.pdf = await renderEditionPdf(task.edition, {
        ...pdfOptions(task.pdf),
        ...files,
        onWarning: ({ article, path, message }) =>
          warnings.push({
            format: 'pdf',
            path: article === undefined ? path : articlePath(article, path),
            message,
          }),
      });
    }
    if (task.epub) {
      const { toEditionEpub } = await import('@kiji/epub');
      result.epub = await toEditionEpub(task.edition, {
        vertical: task.epub.vertical === true,
        embedFonts: task.epub.embedFonts === true,
        ...(task.epub.cover ? { cover: task.epub.cover } : {}),
        ...files,
        onWarning: ({ path, message }) => warnings.push({ format: 'epub', path, message }),
      });
    }
    return result;
  });
}

function pdfOptions(pdf: PdfTaskOptions) {
  return {
    ...(pdf.pageSize ? { pageSize: pdf.pageSize } : {}),
    ...(pdf.print ? { print: pdf.print } : {}),
    ...(pdf.signature ? { signature: pdf.signature } : {}),
  };
}

/** `articles[2].children[0]`: a warning's path inside the edition. */
function articlePath(article: number, path: string): string {
  return `articles[${article}].article${path === '' ? '' : path.startsWith('[') ? path : `.${path}`}`;
}

async function settle(warnings: RenderWarning[], render: () => Promise<RenderResult>): Promise<RenderResult> {
  try {
    return await render();
  } catch (error) {
    if (isInputError(error)) return { ok: false, problems: error.problems, badInput: true, warnings };
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, problems: [{ path: '', message }], badInput: false, warnings };
  }
}
