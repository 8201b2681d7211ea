/**
 * A written PDF as poppler reads it. Kiji's PDFs keep pages and font dictionaries in compressed
 * object streams (PDF 1.5), so their bytes do not show them; pdfinfo and pdffonts read the file as
 * a viewer does.
 */
import { execFileSync } from 'node:child_process';

const run = (tool: string, args: string[]): string => {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is needed: install poppler-utils (scripts/setup.sh)`);
    throw error;
  }
};

/** `pdfinfo -box` of the first page: each field by name (`Pages`, `MediaBox`, …). */
function info(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', ['-box', file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!.trim(), match[2]!.trim()]),
  );
}

/** Number of pages. */
export const pageCount = (file: string): number => Number(info(file).Pages);

/** The first page's MediaBox, in points: [x1, y1, x2, y2]. */
export const mediaBox = (file: string): number[] => info(file).MediaBox!.split(/\s+/).map(Number);

/** The names of the fonts the PDF uses (subset prefixes kept, as pdffonts lists them). */
export const fontNames = (file: string): string[] =>
  run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s+/)[0]!);
