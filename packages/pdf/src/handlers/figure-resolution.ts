import { formatPath } from '@kiji/core';
import type { RenderContext } from '../context.js';
import type { PixelSize } from '../pipeline/image-pixel-size.js';
import { MIN_IMAGE_DPI } from '../warnings.js';

const MM_PER_POINT = 25.4 / 72;

/**
 * Report a figure whose image is drawn larger than `MIN_IMAGE_DPI` allows: `box` is the room it
 * is fitted into (`objectFit: contain`, as react-pdf draws it), `what` names the image.
 */
export function checkFigureResolution(
  ctx: RenderContext,
  what: string,
  pixels: PixelSize,
  box: { width: number; height: number },
): void {
  const drawn = Math.min(box.width, (box.height * pixels.width) / pixels.height);
  const dpi = (pixels.width / drawn) * 72;
  if (!(dpi < MIN_IMAGE_DPI)) return;
  const needed = (points: number) => Math.ceil((points / 72) * MIN_IMAGE_DPI);
  const drawnHeight = (drawn * pixels.height) / pixels.width;
  ctx.warn({
    code: 'low-resolution-image',
    path: formatPath([...ctx.path, 'src']),
    message: `${what} (${pixels.width} × ${pixels.height} pixels) is drawn ${(drawn * MM_PER_POINT).toFixed(1)} mm wide: ${Math.floor(dpi)} dpi, under the ${MIN_IMAGE_DPI} dpi that prints sharply; give an image of at least ${needed(drawn)} × ${needed(drawnHeight)} pixels`,
  });
}
