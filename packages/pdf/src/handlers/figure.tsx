import type { Figure } from '@kiji/core';
import { Image, View } from '@react-pdf/renderer';
import type { RenderContext } from '../context.js';
import { readImageHead } from '../platform/node.js';
import { formatPath } from '../warnings.js';
import type { Handlers } from './types.js';

const SUPPORTED = /^(png|jpe?g)$/i;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

/** True when the bytes start like a PNG or JPEG file; react-pdf fails on anything else. */
function looksLikePngOrJpeg(bytes: Uint8Array): boolean {
  const startsWith = (signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  return startsWith(PNG_SIGNATURE) || startsWith(JPEG_SIGNATURE);
}

/** Bytes of a base64 text (atob exists in Node 16+ and every browser). */
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

/** Where react-pdf can read the image from, or why it cannot. */
function locateImage(node: Figure, ctx: RenderContext): { src: string } | { problem: string } {
  const given = ctx.images[node.src];
  if (given) {
    if (!looksLikePngOrJpeg(given)) {
      return { problem: `the image given for "${node.src}" is not a PNG or JPEG image: convert it` };
    }
    const type = given[0] === 0x89 ? 'png' : 'jpeg';
    return { src: `data:image/${type};base64,${toBase64(given)}` };
  }
  const dataUrl = /^data:image\/([a-z+]+);base64,(.*)$/is.exec(node.src);
  if (dataUrl) {
    if (!SUPPORTED.test(dataUrl[1]!)) {
      return { problem: `data URL of type image/${dataUrl[1]} is not supported: use PNG or JPEG` };
    }
    return looksLikePngOrJpeg(fromBase64(dataUrl[2]!.slice(0, 16)))
      ? { src: node.src }
      : { problem: 'the data URL does not hold a PNG or JPEG image: encode the image file again' };
  }
  if (/^https?:/i.test(node.src) || node.src.startsWith('//')) {
    return {
      problem: `remote image "${node.src}" is not fetched (renders must not depend on the network): save it next to the article and use a relative path`,
    };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(node.src) && !/^file:/i.test(node.src)) {
    return {
      problem: `image "${node.src.slice(0, 80)}" is neither a file nor a PNG or JPEG data URL: save the image next to the article and use a relative path`,
    };
  }
  const read = readImageHead(ctx.baseDir, node.src);
  if ('problem' in read) return read;
  if (!looksLikePngOrJpeg(read.head)) {
    return { problem: `image file "${read.file}" is not a PNG or JPEG image, whatever its name: convert it` };
  }
  return { src: read.file };
}

/** Figures: the image at the text width, caption and credit in Gothic below. */
export const figureHandlers: Pick<Handlers, 'figure'> = {
  figure: (node, ctx) => {
    const { sizes, theme } = ctx.layout;
    const located = locateImage(node, ctx);
    const ratio = node.width && node.height ? node.height / node.width : 9 / 16;
    const width = ctx.width;
    let image: React.ReactNode;
    if ('src' in located) {
      image = <Image src={located.src} style={{ width, height: width * ratio, objectFit: 'contain' }} />;
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
      <View style={{ marginVertical: sizes.body * 1.1 }} wrap={false} {...(node.id ? { id: node.id } : {})}>
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
              { lineHeight: sizes.small * 1.5, align: 'start' },
            )
          : null}
      </View>
    );
  },
};
