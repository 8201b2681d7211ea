/**
 * Checks on text extracted from a rendered PDF with poppler's pdftotext, shared by the typesetting
 * and document tests. `pdftotext -layout` keeps each printed line on one output line, so line
 * starts and ends can be checked against JLReq's kinsoku classes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCjk, isInseparable, isLineEndProhibited, isLineStartProhibited } from '@kiji/core';

export interface LayoutViolation {
  /** 1-based line number in the extracted text (form feeds count as line breaks). */
  line: number;
  /** The offending line, trimmed. */
  text: string;
  rule: 'line-start' | 'line-end' | 'inseparable-split' | 'inserted-hyphen';
  char: string;
}

/** True when poppler's pdftotext can be run. */
export function hasPdftotext(): boolean {
  return !spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error;
}

/**
 * Whether a test needing `tool` should run: always under CI=true (a missing tool must fail there),
 * locally only when the tool is installed.
 */
export function shouldRunToolTests(available: boolean): boolean {
  return available || process.env.CI === 'true';
}

/** Extract text from PDF bytes with pdftotext (`layout`: keep the printed lines). */
export function pdfToText(pdf: Uint8Array, options: { layout?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kiji-pdftotext-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const args = [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'];
    const result = spawnSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.error)
      throw new Error(`pdftotext could not run (${result.error.message}); install poppler-utils.`);
    if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
    return result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const HYPHENS = new Set(['-', '‐', '‑']);

/**
 * Kinsoku violations in `pdftotext -layout` output: a line starting with a line-start-prohibited
 * character (cl-02..cl-07, cl-09..cl-11), a line ending with an opening bracket (cl-01), a cl-08
 * pair (—— ……) split across lines, and a hyphen at a line end next to Japanese text (react-pdf's
 * inserted hyphen). `ignore` skips lines such as running heads that are not body text.
 */
export function findKinsokuViolations(
  layoutText: string,
  ignore?: (line: string) => boolean,
): LayoutViolation[] {
  const violations: LayoutViolation[] = [];
  const lines = layoutText.split(/\n|\f/);
  let previous: { text: string; line: number } | undefined;
  lines.forEach((raw, index) => {
    const text = raw.trim();
    const line = index + 1;
    if (text === '' || ignore?.(text)) {
      previous = undefined;
      return;
    }
    const first = [...text][0]!;
    const last = [...text].at(-1)!;
    if (isLineStartProhibited(first)) violations.push({ line, text, rule: 'line-start', char: first });
    if (isLineEndProhibited(last)) violations.push({ line, text, rule: 'line-end', char: last });
    if (HYPHENS.has(last)) {
      const before = [...text].at(-2) ?? '';
      if (isCjk(before)) violations.push({ line, text, rule: 'inserted-hyphen', char: last });
    }
    if (previous) {
      const previousLast = [...previous.text].at(-1)!;
      if (isInseparable(previousLast) && isInseparable(first)) {
        violations.push({ line, text, rule: 'inseparable-split', char: first });
      }
      if (HYPHENS.has(previousLast) && isCjk(first)) {
        violations.push({
          line: previous.line,
          text: previous.text,
          rule: 'inserted-hyphen',
          char: previousLast,
        });
      }
    }
    previous = { text, line };
  });
  return violations;
}

/** A readable report of violations for assertion messages. */
export function formatViolations(violations: LayoutViolation[]): string {
  return violations.map((v) => `line ${v.line} (${v.rule} ${v.char}): ${v.text}`).join('\n');
}

/** Text with every kind of white space removed (ASCII, U+3000, newlines, form feeds). */
export const withoutSpace = (text: string): string => text.replace(/[\s\u3000]+/gu, '');

/**
 * Spaces pdftotext reports between two Japanese characters that are not in any of `sources`:
 * a sign of justification done with space characters or of gaps read as word breaks.
 */
export function findSpacesBetweenCjk(extracted: string, sources: string[]): string[] {
  const found: string[] = [];
  for (const match of extracted.matchAll(/(.)[ \u00a0]+(.)/gu)) {
    const [whole, a, b] = match;
    if (!isCjk(a!) || !isCjk(b!)) continue;
    const pair = `${a} ${b}`;
    if (sources.some((source) => source.replace(/[\u3000 ]+/gu, ' ').includes(pair))) continue;
    found.push(whole);
  }
  return found;
}

/** One printed line as pdftotext -bbox reports it: its words' horizontal extent, in pt. */
export interface PrintedLine {
  page: number;
  y: number;
  xMin: number;
  xMax: number;
  text: string;
}

/**
 * Printed lines from `pdftotext -bbox` output: words whose tops lie within `tolerance` pt of the
 * line's first word are one line (a raised citation mark stays on its line).
 */
export function printedLines(bboxHtml: string, tolerance = 6): PrintedLine[] {
  const lines: PrintedLine[] = [];
  let page = 0;
  const pattern =
    /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g;
  for (const match of bboxHtml.matchAll(pattern)) {
    if (match[0] === '<page ') {
      page++;
      continue;
    }
    const [xMin, y, xMax] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const current = lines.at(-1);
    if (current && current.page === page && Math.abs(current.y - y) < tolerance) {
      current.xMin = Math.min(current.xMin, xMin);
      current.xMax = Math.max(current.xMax, xMax);
      current.text += decodeEntities(match[4]!);
    } else {
      lines.push({ page, y, xMin, xMax, text: decodeEntities(match[4]!) });
    }
  }
  return lines;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

/** `pdftotext -bbox` output for PDF bytes. */
export function pdfToBbox(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'kiji-pdftotext-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const result = spawnSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error)
      throw new Error(`pdftotext could not run (${result.error.message}); install poppler-utils.`);
    return result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
