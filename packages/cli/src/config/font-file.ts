import { open, stat } from 'node:fs/promises';

/** What the first four bytes of a font file say it is. */
const SIGNATURES: Record<string, string | undefined> = {
  '00010000': undefined, // TrueType
  '74727565': undefined, // 'true' (Apple TrueType)
  '4f54544f': undefined, // 'OTTO' (OpenType with CFF outlines)
  '74746366': undefined, // 'ttcf' (a collection)
  '774f4646': 'a WOFF web font', // 'wOFF'
  '774f4632': 'a WOFF2 web font', // 'wOF2'
};

/**
 * Why `file` cannot be used as a font for the PDF, or undefined when it can: it must be a regular
 * file whose first bytes are those of a TrueType or OpenType font (react-pdf embeds only those).
 */
export async function fontFileProblem(file: string): Promise<string | undefined> {
  const found = await stat(file).catch((error: unknown) => error as { code?: string });
  if (!('isFile' in found)) {
    return found.code === 'ENOENT'
      ? 'no such file or directory: check the font path'
      : `cannot be read (${found.code}): check the font path`;
  }
  if (!found.isFile()) return 'is not a regular file: give a TTF or OTF font file';
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    const signature = head.subarray(0, bytesRead).toString('hex');
    if (!(signature in SIGNATURES)) return 'is not a TrueType or OpenType font: give a TTF or OTF file';
    const web = SIGNATURES[signature];
    return web
      ? `is ${web}: give the TTF or OTF file it was made from (react-pdf embeds only those)`
      : undefined;
  } finally {
    await handle.close();
  }
}
