// Which characters a font has a glyph for, read from its `cmap` table (formats 4 and 12, the ones
// TrueType and OpenType fonts carry for Unicode), so a caller can send each character to the
// first font that has it before subsetting.

/** The code points `font` (a TrueType or OpenType file) maps to a glyph other than .notdef. */
export function fontCharacters(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = (at: number) => String.fromCharCode(...font.subarray(at, at + 4));
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let index = 0; index < tables; index++) {
    const record = 12 + index * 16;
    if (tag(record) === 'cmap') cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('the font has no cmap table: is it a TrueType or OpenType file?');
  const characters = new Set<number>();
  const read = new Set<number>();
  const subtables = view.getUint16(cmap + 2);
  for (let index = 0; index < subtables; index++) {
    const record = cmap + 4 + index * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    // Unicode subtables only: platform 0 (Unicode) or Windows with encoding 1 (BMP) or 10 (full).
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const at = cmap + view.getUint32(record + 4);
    if (read.has(at)) continue;
    read.add(at);
    const format = view.getUint16(at);
    if (format === 4) readFormat4(view, at, characters);
    else if (format === 12) readFormat12(view, at, characters);
  }
  return characters;
}

function readFormat4(view: DataView, at: number, characters: Set<number>): void {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const offsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const end = view.getUint16(ends + segment * 2);
    const start = view.getUint16(starts + segment * 2);
    const delta = view.getUint16(deltas + segment * 2);
    const offsetAt = offsets + segment * 2;
    const offset = view.getUint16(offsetAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (offset === 0) glyph = (code + delta) & 0xffff;
      else {
        glyph = view.getUint16(offsetAt + offset + (code - start) * 2);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) characters.add(code);
    }
  }
}

function readFormat12(view: DataView, at: number, characters: Set<number>): void {
  const groups = view.getUint32(at + 12);
  for (let group = 0; group < groups; group++) {
    const record = at + 16 + group * 12;
    const start = view.getUint32(record);
    const end = view.getUint32(record + 4);
    const glyph = view.getUint32(record + 8);
    for (let code = start; code <= end; code++) if (glyph + (code - start) !== 0) characters.add(code);
  }
}
