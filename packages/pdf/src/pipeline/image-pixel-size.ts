/** An image's size in pixels, as it is drawn (a JPEG's EXIF rotation applied). */
export interface PixelSize {
  width: number;
  height: number;
}

/**
 * The pixel size of a PNG or JPEG from its header, or undefined when the bytes do not say. A JPEG
 * whose EXIF orientation turns it a quarter (5–8) swaps width and height, as react-pdf draws it.
 */
export function imagePixelSize(data: Uint8Array): PixelSize | undefined {
  if (data[0] === 0x89 && data[1] === 0x50) return pngSize(data);
  if (data[0] === 0xff && data[1] === 0xd8) return jpegSize(data);
  return undefined;
}

const view = (data: Uint8Array) => new DataView(data.buffer, data.byteOffset, data.byteLength);

/** Width and height are the first fields of the IHDR chunk, which comes first. */
function pngSize(data: Uint8Array): PixelSize | undefined {
  if (data.length < 24 || String.fromCharCode(...data.subarray(12, 16)) !== 'IHDR') return undefined;
  const bytes = view(data);
  return positive(bytes.getUint32(16), bytes.getUint32(20));
}

/** Walk the segments before the scan: SOFn holds the size, an APP1 Exif block the orientation. */
function jpegSize(data: Uint8Array): PixelSize | undefined {
  const bytes = view(data);
  let orientation = 1;
  let offset = 2;
  while (offset + 4 <= data.length) {
    if (data[offset] !== 0xff) return undefined;
    const marker = data[offset + 1]!;
    // Fill bytes, and markers without a length (RSTn, TEM).
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return undefined;
    const length = bytes.getUint16(offset + 2);
    if (length < 2) return undefined;
    const segment = offset + 4;
    if (marker === 0xe1 && segment + length - 2 <= data.length) {
      orientation = exifOrientation(data.subarray(segment, segment + length - 2)) ?? orientation;
    }
    // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC): precision, height, width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (segment + 5 > data.length) return undefined;
      const height = bytes.getUint16(segment + 1);
      const width = bytes.getUint16(segment + 3);
      return orientation > 4 ? positive(height, width) : positive(width, height);
    }
    offset = segment + length - 2;
  }
  return undefined;
}

/** The Orientation tag (0x0112) of IFD0 in an APP1 "Exif" block. */
function exifOrientation(block: Uint8Array): number | undefined {
  if (block.length < 14 || String.fromCharCode(...block.subarray(0, 4)) !== 'Exif') return undefined;
  const tiff = block.subarray(6);
  const bytes = view(tiff);
  const little = tiff[0] === 0x49;
  if (!little && tiff[0] !== 0x4d) return undefined;
  const ifd = bytes.getUint32(4, little);
  if (ifd + 2 > tiff.length) return undefined;
  const count = bytes.getUint16(ifd, little);
  for (let index = 0; index < count; index++) {
    const entry = ifd + 2 + index * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (bytes.getUint16(entry, little) === 0x0112) return bytes.getUint16(entry + 8, little);
  }
  return undefined;
}

const positive = (width: number, height: number): PixelSize | undefined =>
  width > 0 && height > 0 ? { width, height } : undefined;
