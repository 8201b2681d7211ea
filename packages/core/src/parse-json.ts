import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { InputError } from './errors.js';

/**
 * `JSON.parse` whose failure is an `InputError` with the line and column of the syntax error,
 * so a user can find it in their editor.
 */
export function parseJsonText(text: string, file?: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(source);
  } catch {
    // JSON.parse does not always say where; a tolerant parser finds the first error's offset.
    const errors: ParseError[] = [];
    parse(source, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const offset = first?.offset ?? source.length;
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const reason = first ? describe(printParseErrorCode(first.error)) : 'unexpected end of input';
    throw new InputError([{ path: '', message: `invalid JSON: ${reason}`, line, column }], file);
  }
}

function describe(code: string): string {
  // "ValueExpected" -> "value expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
