/**
 * Image bytes as a data URL react-pdf can draw: a data URL works in Node and in a browser alike,
 * and draws the bytes that were checked, not a file read again.
 */
export function imageDataUrl(mediaType: string, bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return `data:${mediaType};base64,${btoa(binary)}`;
}
