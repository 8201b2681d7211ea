import { describe, expect, it } from 'vitest';
import { matchNumberedHeading, quoteIntroStrength } from '../src/patterns.js';
import { splitSiteSuffix } from '../src/steps/find-masthead.js';
import { withoutEllipsis } from '../src/text.js';

// These helpers replaced patterns that backtracked on long runs of spaces or marks; the tests
// pin what they match, and the long inputs would hang the old patterns.

describe('matchNumberedHeading with Markdown hashes', () => {
  it.each([
    ['# Title', 'Title'],
    ['## Title ##', 'Title'],
    ['## Title#', 'Title#'],
    ['#  ##', '##'],
    ['# C# and F# ##', 'C# and F#'],
  ])('%s', (line, text) => {
    expect(matchNumberedHeading(line)?.text).toBe(text);
  });

  it('reads a heading with a long run of spaces inside', () => {
    const line = `# a${' '.repeat(200_000)}b`;
    expect(matchNumberedHeading(line)?.text).toBe(`a${' '.repeat(200_000)}b`);
  });
});

describe('quoteIntroStrength on English introductions', () => {
  it.each([
    ['Reuters reported:', 'explicit'],
    ['The ministry said in a statement on Tuesday :', 'explicit'],
    ['According to the ministry:', 'explicit'],
    ['The unreported:', undefined],
    [`He said ${'x'.repeat(41)}:`, undefined],
  ])('%#: %s', (sentence, strength) => {
    expect(quoteIntroStrength(sentence)).toBe(strength);
  });

  it('answers at once for a long sentence of reporting verbs and spaces', () => {
    expect(quoteIntroStrength(`according to ${' \t'.repeat(100_000)}x`)).toBeUndefined();
  });
});

describe('splitSiteSuffix', () => {
  it.each([
    ['見出し本文｜サイト名', { title: '見出し本文', site: 'サイト名' }],
    ['Headline | Site', { title: 'Headline', site: 'Site' }],
    ['Head | a | Site', { title: 'Head | a', site: 'Site' }],
    ['ab | Site', undefined],
    [`Headline | ${'x'.repeat(31)}`, undefined],
  ])('%s', (headline, expected) => {
    expect(splitSiteSuffix(headline)).toEqual(expected);
  });

  it('answers at once for a long line of spaces without a bar', () => {
    expect(splitSiteSuffix(`Headline${' '.repeat(100_000)}x`)).toBeUndefined();
  });
});

describe('withoutEllipsis', () => {
  it.each([
    ['続く…', '続く'],
    ['続く ……', '続く'],
    ['and so...', 'and so'],
    ['a..', 'a..'],
    ['a.…', 'a.'],
    ['done.', 'done.'],
  ])('%s', (text, expected) => {
    expect(withoutEllipsis(text)).toBe(expected);
  });

  it('handles a long run of dots', () => {
    expect(withoutEllipsis(`${'...'.repeat(50_000)}x`)).toBe(`${'...'.repeat(50_000)}x`);
  });
});
