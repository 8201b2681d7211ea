import { DEFAULT_LIMITS, type InputLimits, type LimitNames } from '@kiji/core';
import { UsageError } from './io.js';

/** The options every command that reads an article takes. */
export const LIMIT_OPTIONS = {
  'max-input': { type: 'string' },
  'max-blocks': { type: 'string' },
  'max-field-chars': { type: 'string' },
  'max-paragraph-chars': { type: 'string' },
} as const;

/** Their lines in a command's --help. */
export const LIMIT_HELP = `  --max-input SIZE      refuse input files larger than SIZE (default 5MB; e.g. 20MB, 800kB)
  --max-blocks N        refuse articles of more than N blocks (default ${DEFAULT_LIMITS.maxBlocks})
  --max-field-chars N   refuse a title, heading, caption, name or URL of more than N
                        characters (default ${DEFAULT_LIMITS.maxFieldChars})
  --max-paragraph-chars N
                        refuse a paragraph of more than N characters (default ${DEFAULT_LIMITS.maxParagraphChars})`;

/** How messages tell a user of the command line to raise a limit. */
export const CLI_LIMIT_NAMES: LimitNames = {
  maxInputBytes: '--max-input (e.g. --max-input 20MB)',
  maxBlocks: '--max-blocks (e.g. --max-blocks 50000)',
  maxFieldChars: '--max-field-chars (e.g. --max-field-chars 10000)',
  maxParagraphChars: '--max-paragraph-chars (e.g. --max-paragraph-chars 100000)',
};

/** `5MB`, `800kB`, `1048576`, `2.5 MB` to bytes (k = 1024); undefined when it is not a size. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d{1,12}(?:\.\d{1,6})?)\s?(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(match[1]) * scale);
  return bytes > 0 ? bytes : undefined;
}

/** The limits given with --max-input, --max-blocks and the character limits; throws `UsageError` for a bad value. */
export function readLimits(values: Record<string, unknown>): InputLimits {
  const limits: InputLimits = {};
  const input = values['max-input'];
  if (typeof input === 'string') {
    const bytes = parseSize(input);
    if (bytes === undefined) {
      throw new UsageError(
        `--max-input "${input}" is not a size: give bytes or a size such as 20MB or 800kB`,
      );
    }
    limits.maxInputBytes = bytes;
  }
  const counts = [
    ['max-blocks', 'maxBlocks', '50000'],
    ['max-field-chars', 'maxFieldChars', '10000'],
    ['max-paragraph-chars', 'maxParagraphChars', '100000'],
  ] as const;
  for (const [option, key, example] of counts) {
    const text = values[option];
    if (typeof text !== 'string') continue;
    const count = /^\d{1,9}$/.test(text.trim()) ? Number(text) : Number.NaN;
    if (!(count > 0))
      throw new UsageError(`--${option} "${text}" is not a count: give a whole number such as ${example}`);
    limits[key] = count;
  }
  return limits;
}
