import { useEffect, useRef, useState } from 'react';

interface Props {
  pdf: { bytes: Uint8Array; renderMs: number } | undefined;
}

/**
 * The real PDF pages, drawn by pdf.js. Each new page replaces the old one only once it is drawn,
 * so the view never flickers while the text changes.
 */
export function PdfPreview({ pdf }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<{ pages: number; drawMs: number } | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  useEffect(() => {
    if (!pdf) return;
    const signal = { cancelled: false };
    const started = performance.now();
    // Each new page replaces the old one in place as soon as it is drawn; pages the new PDF no
    // longer has go at the end.
    const place = (page: HTMLElement, index: number) => {
      const pages = host.current;
      if (!pages) return;
      const old = pages.children[index];
      if (old) old.replaceWith(page);
      else pages.append(page);
    };
    import('./pdf-pages.js')
      .then(({ drawPages }) => drawPages(pdf.bytes, signal, place))
      .then((pages) => {
        if (signal.cancelled || !host.current) return;
        while (host.current.children.length > pages.length) host.current.lastElementChild!.remove();
        setFailure(undefined);
        setDrawn({ pages: pages.length, drawMs: Math.round(performance.now() - started) });
        host.current.dataset.drawnAt = String(performance.now());
      })
      .catch((error: Error) => {
        if (!signal.cancelled) setFailure(`pdf.js could not draw the PDF: ${error.message}`);
      });
    return () => {
      signal.cancelled = true;
    };
  }, [pdf]);

  return (
    <div className="pdf-view">
      <p className="pdf-info">
        {pdf === undefined
          ? 'Rendering the PDF…'
          : drawn
            ? `${drawn.pages} pages · rendered in ${Math.round(pdf.renderMs)} ms, drawn in ${drawn.drawMs} ms`
            : 'Drawing the pages…'}
      </p>
      {failure ? <p className="error">{failure}</p> : null}
      <div className="pdf-pages" ref={host} />
    </div>
  );
}
