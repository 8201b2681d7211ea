import { readFileSync } from 'node:fs';
import { isInputError } from '@kiji/core';
import { describe, expect, it } from 'vitest';
import { parseTheme, themeJsonSchema } from '../src/theme-file.js';

function problemsOf(input: unknown): string[] {
  try {
    parseTheme(input, 'theme.json');
  } catch (error) {
    if (!isInputError(error)) throw error;
    expect(error.file).toBe('theme.json');
    return error.problems.map((problem) => `${problem.path}: ${problem.message}`);
  }
  throw new Error('expected the theme to be refused');
}

describe('parseTheme', () => {
  it('returns the overrides of a valid theme, without $schema', () => {
    const theme = parseTheme({
      $schema: './theme.schema.json',
      baseSize: 10,
      latinAlign: 'justify',
      colors: { accent: '#004c97' },
      margins: { top: 56 },
      print: { colors: { accent: [100, 60, 0, 10] } },
    });
    expect(theme).toEqual({
      baseSize: 10,
      latinAlign: 'justify',
      colors: { accent: '#004c97' },
      margins: { top: 56 },
      print: { colors: { accent: [100, 60, 0, 10] } },
    });
  });

  it('refuses unknown keys, naming each, at every level', () => {
    expect(problemsOf({ basesize: 10, colors: { acent: '#000' } }).sort()).toEqual([
      ': unknown field "basesize": remove or rename it',
      'colors: unknown field "acent": remove or rename it',
    ]);
  });

  it('lists every wrong value with its JSON path', () => {
    const problems = problemsOf({
      baseSize: 'big',
      colors: { text: 'black' },
      print: { colors: { rule: [0, 0, 0, 130] } },
      latinAlign: 'left',
    });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toBe('baseSize: expected number, got "big"');
    expect(problems).toContain('colors.text: expected a CSS hex colour such as "#a3231f" or "#333"');
    expect(problems.some((problem) => problem.startsWith('print.colors.rule[3]: '))).toBe(true);
    expect(problems).toContain('latinAlign: expected "start" or "justify", got "left"');
  });

  it('refuses a theme that is not an object', () => {
    expect(problemsOf([1, 2])).toEqual([': expected object, got an array']);
  });

  it('schema/theme.schema.json is the validator’s (pnpm --filter @kiji/pdf schema rewrites it)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../schema/theme.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(themeJsonSchema());
    expect(committed.additionalProperties).toBe(false);
  });
});
