import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';
import { FIXTURES, lostWords, readFixture, readSeed, seedAvailable } from './helpers.js';

const cases: [string, () => string][] = FIXTURES.map((name) => [name, () => readFixture(name)]);
if (seedAvailable) cases.unshift(['summit-2025.txt (seed)', readSeed]);

describe('no text is lost silently', () => {
  it.each(cases)('%s: every word of every line is in the article, or its line is reported', (_, read) => {
    const text = read();
    const lost = lostWords(text, importText(text));
    expect(lost).toEqual([]);
  });
});
