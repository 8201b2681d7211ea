import { describe, expect, it } from 'vitest';
import { sniffImage } from '../src/index.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('sniffImage', () => {
  it('recognises the image formats by their first bytes', () => {
    expect(sniffImage(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))?.mediaType).toBe('image/png');
    expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xe0))?.extension).toBe('jpg');
    expect(sniffImage(text('GIF89a'))?.mediaType).toBe('image/gif');
    expect(
      sniffImage(text('<?xml version="1.0"?>\n<!-- x -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'))
        ?.mediaType,
    ).toBe('image/svg+xml');
  });

  it('names WebP and AVIF, which the renderers then accept or refuse', () => {
    expect(sniffImage(text('RIFF\0\0\0\0WEBPVP8 '))?.name).toBe('WebP');
    expect(sniffImage(text('\0\0\0\x1cftypavif'))?.name).toBe('AVIF');
  });

  it('rejects everything else', () => {
    expect(sniffImage(text('<html><svg></svg></html>'))).toBeUndefined();
    expect(sniffImage(bytes())).toBeUndefined();
  });
});
