import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledFonts, licenseUrl, listBundledFonts } from '../src/index.js';

const familyName = (bytes: Buffer): string => {
  // The name table's family (nameID 1) in its Windows (UTF-16BE) record.
  const tables = bytes.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (bytes.toString('latin1', record, record + 4) !== 'name') continue;
    const table = bytes.readUInt32BE(record + 8);
    const count = bytes.readUInt16BE(table + 2);
    const strings = table + bytes.readUInt16BE(table + 4);
    for (let n = 0; n < count; n++) {
      const r = table + 6 + n * 12;
      if (bytes.readUInt16BE(r) !== 3 || bytes.readUInt16BE(r + 6) !== 1) continue;
      const length = bytes.readUInt16BE(r + 8);
      const offset = strings + bytes.readUInt16BE(r + 10);
      return bytes
        .subarray(offset, offset + length)
        .swap16()
        .toString('utf16le');
    }
  }
  return '';
};

describe('@kiji/fonts', () => {
  it('ships every listed font as a TrueType file of the family it claims', () => {
    for (const font of listBundledFonts()) {
      const bytes = readFileSync(fileURLToPath(font.url));
      expect(bytes.readUInt32BE(0), font.file).toBe(0x00010000);
      expect(familyName(Buffer.from(bytes)), font.file).toContain(font.family);
    }
  });

  it('ships the licence of every font, and nothing it does not list', () => {
    const listed = new Set(listBundledFonts().flatMap((font) => [font.file, font.license]));
    for (const font of listBundledFonts()) {
      expect(readFileSync(fileURLToPath(licenseUrl(font)), 'utf8')).toContain('SIL Open Font License');
    }
    const dir = fileURLToPath(new URL('../files/', import.meta.url));
    expect(new Set(readdirSync(dir))).toEqual(listed);
  });

  it('gives bold and regular faces their weights', () => {
    expect(bundledFonts.serif.bold.weight).toBe(700);
    expect(bundledFonts.sans.normal.weight).toBe(400);
    expect(existsSync(fileURLToPath(bundledFonts.fallback[0]!.url))).toBe(true);
  });
});
