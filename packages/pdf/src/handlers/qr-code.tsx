import { Path, Svg } from '@react-pdf/renderer';
import QRCode from 'qrcode';
import { tagProp } from '../tagging/tags.js';

/** A QR code for `url` drawn as vector squares (sharp at any print resolution), `size` points wide. */
export function QrCode({ url, size, color }: { url: string; size: number; color: string }) {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  let d = '';
  for (let row = 0; row < count; row++) {
    for (let column = 0; column < count; column++) {
      if (qr.modules.get(row, column)) d += `M${column + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  const box = count + quiet * 2;
  return (
    // Decoration for a reader: the URL it encodes is printed, and linked, beside it.
    <Svg width={size} height={size} viewBox={`0 0 ${box} ${box}`} {...tagProp({ artifact: 'Layout' })}>
      <Path d={d} fill={color} />
    </Svg>
  );
}
