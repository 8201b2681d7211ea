import { renderToBuffer } from '@react-pdf/renderer';
import type { ReactElement } from 'react';

/** Lay out and draw the document with react-pdf; returns the raw PDF. */
export async function layoutPages(document: ReactElement): Promise<Uint8Array> {
  const buffer = await renderToBuffer(document as Parameters<typeof renderToBuffer>[0]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
