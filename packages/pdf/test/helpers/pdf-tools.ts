/** Poppler and qpdf run on rendered PDFs, for checks that look at the file as a reader's tools do. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when `tool` can be run (`-v`/`--version` exits without a spawn error). */
export function hasTool(tool: string): boolean {
  return !spawnSync(tool, [tool === 'qpdf' ? '--version' : '-v'], { encoding: 'utf8' }).error;
}

/** Run `tool` with the PDF written to a temporary file (`{}` in `args` is its path). */
export function runOnPdf(
  tool: string,
  pdf: Uint8Array,
  args: string[],
): { status: number | null; stdout: string; stderr: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `kiji-${tool}-`));
  const file = join(dir, 'in.pdf');
  writeFileSync(file, pdf);
  const result = spawnSync(
    tool,
    args.map((arg) => (arg === '{}' ? file : arg.replace('{dir}', dir))),
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error)
    throw new Error(`${tool} could not run (${result.error.message}): install poppler-utils and qpdf`);
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    dir,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** One row of `pdffonts`. */
export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** The fonts `pdffonts` lists. */
export function pdfFonts(pdf: Uint8Array): FontRow[] {
  const run = runOnPdf('pdffonts', pdf, ['{}']);
  run.cleanup();
  return run.stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type... encoding emb sub uni object ID: read the yes/no flags from the end.
      const flags = columns.slice(-5, -2);
      return {
        name: columns[0]!,
        type: columns.slice(1, -6).join(' '),
        embedded: flags[0] === 'yes',
        subset: flags[1] === 'yes',
      };
    });
}

/** `pdfinfo` fields as a record (`Title`, `Page size`, ...). */
export function pdfInfo(pdf: Uint8Array, args: string[] = []): Record<string, string> {
  const run = runOnPdf('pdfinfo', pdf, [...args, '{}']);
  run.cleanup();
  return Object.fromEntries(
    run.stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!.trim(), match[2]!.trim()]),
  );
}

/** `qpdf --check` exit status and output. */
export function qpdfCheck(pdf: Uint8Array): { ok: boolean; output: string } {
  const run = runOnPdf('qpdf', pdf, ['--check', '{}']);
  run.cleanup();
  return { ok: run.status === 0, output: run.stdout + run.stderr };
}

/** A grayscale page image: one byte per pixel, 0 black to 255 white. */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Page images from `pdftoppm -gray` at `dpi` (binary PGM, parsed). */
export function pageImages(
  pdf: Uint8Array,
  dpi: number,
  pages: { first: number; last: number },
): GrayImage[] {
  const run = runOnPdf('pdftoppm', pdf, [
    '-r',
    String(dpi),
    '-gray',
    '-f',
    String(pages.first),
    '-l',
    String(pages.last),
    '{}',
    '{dir}/page',
  ]);
  try {
    if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
    return readdirSync(run.dir)
      .filter((name) => name.startsWith('page'))
      .sort()
      .map((name) => parsePgm(readFileSync(join(run.dir, name))));
  } finally {
    run.cleanup();
  }
}

/** Parse a binary (P5) PGM with maxval 255. */
export function parsePgm(data: Buffer): GrayImage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM with maxval 255');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return {
    width,
    height,
    pixels: new Uint8Array(data.subarray(header[0].length, header[0].length + width * height)),
  };
}

/** Encode a grayscale image as binary PGM (for reference files). */
export const toPgm = (image: GrayImage): Buffer =>
  Buffer.concat([
    Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1'),
    Buffer.from(image.pixels),
  ]);

/**
 * Share of pixels that differ by more than `threshold` grey levels (0..1); images of different
 * sizes differ completely.
 */
export function pixelDifference(a: GrayImage, b: GrayImage, threshold = 48): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let index = 0; index < a.pixels.length; index++) {
    if (Math.abs(a.pixels[index]! - b.pixels[index]!) > threshold) differing++;
  }
  return differing / a.pixels.length;
}
