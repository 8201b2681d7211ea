import { expect, test } from 'vitest';
import { renderPdf } from '../src/index.js';
import { countCalls } from './helpers/call-counts.js';
import { loadCases } from './helpers/corpus.js';

// Counted, not timed: what react-pdf's renderer does for every run of text it draws.
const calls = countCalls((url) => /color-string|fontkit|@react-pdf\+render/.test(url));

test('each colour is parsed once, and a run without an inline image looks up no glyphs for one', async () => {
  const found = loadCases().find((entry) => entry.name === 'example summit-2025');
  if (!found) throw new Error('no summit-2025 example');
  await renderPdf(found.article);
  await calls();
  await renderPdf(found.article);
  const counted = await calls();
  const runs = counted.get('renderRun') ?? 0;
  expect(runs).toBeGreaterThan(200);
  // color-string's parser (cs.get) ran for every run; the patched renderer keeps what it parsed.
  expect(counted.get('cs.get') ?? 0).toBeLessThan(20);
  // Every run looked up the space and U+FFFC glyphs of its font, for an inline image it lacks.
  expect(counted.get('glyphForCodePoint') ?? 0).toBeLessThan(runs / 10);
}, 60_000);
