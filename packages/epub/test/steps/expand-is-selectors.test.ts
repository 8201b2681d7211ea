import { describe, expect, it } from 'vitest';
import { expandIsSelectors } from '../../src/steps/expand-is-selectors.js';

describe('expandIsSelectors', () => {
  it('writes :is() out as a selector list, also nested and inside at-rules', () => {
    const css = `/* c */ .a :is(h1, h2) + p, .b { color: red; }
@media print { :is(.x, .y) :is(p, li) { margin: 0; } }
@supports (text-spacing-trim: trim-start) { .c { x: y; } }`;
    expect(expandIsSelectors(css)).toBe(` .a h1 + p,
.a h2 + p,
.b { color: red; }
@media print { .x p,
.x li,
.y p,
.y li { margin: 0; } }
@supports (text-spacing-trim: trim-start) { .c { x: y; } }`);
  });

  it('leaves selectors without :is() and declarations alone', () => {
    const css = '.a:not(:lang(ja)) { font-family: "A", serif; }\n';
    expect(expandIsSelectors(css)).toBe(css);
  });
});
