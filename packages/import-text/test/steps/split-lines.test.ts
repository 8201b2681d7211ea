import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/steps/split-lines.js';
import type { ImportWarning } from '../../src/types.js';

describe('splitLines', () => {
  it('numbers lines from 1 across \\n, \\r\\n and \\r, trimming and measuring indentation', () => {
    const warnings: ImportWarning[] = [];
    const lines = splitLines('\uFEFFtitle\r\n\r\n  • item\rlast\t ', warnings);
    expect(lines).toEqual([
      { number: 1, text: 'title', indent: 0 },
      { number: 2, text: '', indent: 0 },
      { number: 3, text: '• item', indent: 2 },
      { number: 4, text: 'last', indent: 0 },
    ]);
    expect(warnings).toEqual([]);
  });

  it('counts a tab as four columns of indentation and trims ideographic spaces', () => {
    expect(splitLines('\t・項目\u3000', [])[0]).toEqual({ number: 1, text: '・項目', indent: 4 });
  });

  it('removes control characters and replaces lone surrogates, warning once', () => {
    const warnings: ImportWarning[] = [];
    const lines = splitLines('a\u0000b\u0007\n\uD800c\uDC00', warnings);
    expect(lines.map((line) => line.text)).toEqual(['ab', '\uFFFDc\uFFFD']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.code).toBe('control-characters');
  });

  it('keeps surrogate pairs (emoji) intact', () => {
    expect(splitLines('😀 ok', [])[0]!.text).toBe('😀 ok');
  });
});
