import { type Figure, formatPath } from '@kiji/core';
import { Image, View } from '@react-pdf/renderer';
import type { RenderContext } from '../context.js';
import { imageDataUrl } from '../pipeline/image-data-url.js';
import { imagePixelSize, type PixelSize } from '../pipeline/image-pixel-size.js';
import { type PdfTag, tagProp } from '../tagging/tags.js';
import { checkFigureResolution } from './figure-resolution.js';
import type { Handlers } from './types.js';

/**
 * The image as a data URL react-pdf can draw (PNG or JPEG) with its pixel size and how a message
 * names it, or why the figure shows its alt text.
 */
function locateImage(
  node: Figure,
  ctx: RenderContext,
): { src: string; pixels: PixelSize | undefined; what: string } | { problem: string } {
  const image = ctx.figures.get(node);
  if (!image) return { problem: 'the image was not loaded' };
  if (image.kind === 'missing') return { problem: image.problem };
  if (image.kind === 'remote') {
    return {
      problem: `remote image "${image.url.slice(0, 80)}" is not fetched (renders must not depend on the network): save it next to the article and use a relative path`,
    };
  }
  const what =
    image.from === 'data'
      ? 'the data URL'
      : image.from === 'given'
        ? `the image given for "${node.src.slice(0, 80)}"`
        : `image file "${node.src}"`;
  if (image.type?.name === 'PNG' || image.type?.name === 'JPEG') {
    return {
      src: imageDataUrl(image.type.mediaType, image.data),
      pixels: imagePixelSize(image.data),
      what,
    };
  }
  return {
    problem: image.type
      ? `${what} holds a ${image.type.name} image, which a PDF cannot show: convert it to PNG or JPEG`
      : `${what} is not a PNG or JPEG image, whatever its name: convert it`,
  };
}

/** Figures: the image at the text width, caption and credit in Gothic below. */
export const figureHandlers: Pick<Handlers, 'figure'> = {
  figure: (node, ctx) => {
    const { sizes, theme } = ctx.layout;
    const located = locateImage(node, ctx);
    const ratio = node.width && node.height ? node.height / node.width : 9 / 16;
    const width = ctx.width;
    // The image (or the box that shows the alt text when it cannot be drawn) is the Figure; the
    // caption and credit are its Caption, beside it, so a reader hears the alt text and the caption.
    const figure = tagProp({ type: 'Figure', alt: node.alt });
    const caption: PdfTag = { type: 'Caption' };
    let image: React.ReactNode;
    if ('src' in located) {
      if (located.pixels)
        checkFigureResolution(ctx, located.what, located.pixels, { width, height: width * ratio });
      image = (
        <Image src={located.src} style={{ width, height: width * ratio, objectFit: 'contain' }} {...figure} />
      );
    } else {
      ctx.warn({
        code: 'figure-unavailable',
        path: formatPath([...ctx.path, 'src']),
        message: `${located.problem}; the alt text is shown instead`,
      });
      image = (
        <View
          style={{
            width,
            height: width * ratio,
            borderWidth: 0.6,
            borderColor: theme.colors.rule,
            justifyContent: 'center',
            alignItems: 'center',
            padding: sizes.body,
          }}
          {...figure}
        >
          {ctx.text(
            [
              {
                ...ctx.sans(sizes.caption),
                color: theme.colors.muted,
                text: node.alt,
                origin: { path: [...ctx.path, 'alt'], offset: 0 },
              },
            ],
            { width: width - sizes.body * 2, lineHeight: sizes.caption * 1.6, align: 'center' },
          )}
        </View>
      );
    }
    return (
      <View
        style={{ marginVertical: sizes.body * 1.1 }}
        wrap={false}
        {...(node.id ? { id: node.id } : {})}
        {...tagProp({ type: 'Div' })}
      >
        {image}
        {node.caption
          ? ctx.text(
              ctx.runs(node.caption, [...ctx.path, 'caption'], {
                ...ctx.sans(sizes.caption),
                color: theme.colors.text,
              }),
              {
                lineHeight: sizes.caption * 1.6,
                align: 'start',
                tag: caption,
              },
              { marginTop: sizes.body * 0.45 },
            )
          : null}
        {node.credit
          ? ctx.text(
              [
                {
                  ...ctx.sans(sizes.small),
                  color: theme.colors.muted,
                  text: node.credit,
                  origin: { path: [...ctx.path, 'credit'], offset: 0 },
                },
              ],
              { lineHeight: sizes.small * 1.5, align: 'start', tag: caption },
            )
          : null}
      </View>
    );
  },
};
