import type { ImportWarning, Line } from '../types.js';

// C0/C1 controls other than tab and line breaks cannot appear in XML-based outputs.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Split text into numbered lines: line breaks normalised, a byte-order mark removed, lone
 * surrogates and control characters replaced or removed (reported once), trailing space trimmed.
 */
export function splitLines(input: string, warnings: ImportWarning[]): Line[] {
  let text = String(input).replace(/^\uFEFF/, '');
  const wellFormed = text.replace(LONE_SURROGATE, '\uFFFD');
  let changed = wellFormed !== text;
  text = wellFormed;
  const cleaned = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  const lines = cleaned.split('\n').map((raw, index) => {
    const stripped = raw.replace(CONTROLS, '');
    if (stripped !== raw) changed = true;
    const expanded = stripped.replace(/\t/g, '    ');
    const text = expanded.trim();
    const indent = text === '' ? 0 : expanded.length - expanded.trimStart().length;
    return { number: index + 1, text, indent };
  });
  if (changed) {
    warnings.push({
      code: 'control-characters',
      message: 'removed control characters or broken UTF-16 from the text; check the source encoding',
    });
  }
  return lines;
}
