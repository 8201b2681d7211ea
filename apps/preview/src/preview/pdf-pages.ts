// pdf.js draws the PDF the worker made: each page on a canvas, with its text layer over it
// (selectable, searchable text). Its worker script comes from the app's own assets.
import { getDocument, type PDFDocumentProxy, PDFWorker, TextLayer } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// One pdf.js worker for the app's lifetime: without it, pdf.js starts a new worker (and parses its
// 1 MB script again) for every document, that is for every keystroke.
let pdfWorker: PDFWorker | undefined;
const sharedWorker = (): PDFWorker => {
  if (!pdfWorker || pdfWorker.destroyed)
    pdfWorker = PDFWorker.create({ port: new Worker(workerUrl, { type: 'module', name: 'pdf.js' }) });
  return pdfWorker;
};

/** CSS pixels per PDF point at which pages are drawn. */
const SCALE = 1.25;

/**
 * Draw every page of `bytes` into new elements, handing each to `onPage` as soon as it is drawn
 * (page 1 first, so the page being read is updated soonest); returns them all.
 */
export async function drawPages(
  bytes: Uint8Array,
  signal: { cancelled: boolean },
  onPage: (page: HTMLElement, index: number) => void = () => {},
): Promise<HTMLElement[]> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const pdf: PDFDocumentProxy = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    worker: sharedWorker(),
  }).promise;
  const pages: HTMLElement[] = [];
  try {
    const ratio = globalThis.devicePixelRatio || 1;
    for (let number = 1; number <= pdf.numPages && !signal.cancelled; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: SCALE });
      const box = document.createElement('div');
      box.className = 'pdf-page';
      box.dataset.page = String(number);
      box.style.width = `${viewport.width}px`;
      box.style.height = `${viewport.height}px`;
      box.style.setProperty('--total-scale-factor', String(SCALE));
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.setAttribute('aria-label', `page ${number}`);
      const text = document.createElement('div');
      text.className = 'textLayer';
      box.append(canvas, text);
      // The text layer is laid out while the canvas is drawn, not after it.
      await Promise.all([
        page.render({
          canvas,
          viewport,
          ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}),
        }).promise,
        new TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).render(),
      ]);
      pages.push(box);
      if (!signal.cancelled) onPage(box, number - 1);
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return pages;
}
