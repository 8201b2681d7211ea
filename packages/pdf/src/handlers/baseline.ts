import type { RenderContext, RunStyle } from '../context.js';
import { fontFor } from '../typeset/fonts.js';

/**
 * How far below the top of its line react-pdf draws a run's baseline: the font's ascent at its
 * size (react-pdf puts a line's glyphs at the top of its line box, not in the middle).
 */
export function ascentOf(ctx: RenderContext, style: RunStyle): number {
  const loaded = fontFor(ctx.fonts.set, style.fontFamily, style.fontWeight ?? 'normal');
  return (loaded.font.ascent / loaded.unitsPerEm) * style.fontSize;
}

/**
 * The top offset that puts a smaller mark (a note number beside its note) on the same baseline
 * as the text next to it.
 */
export const baselineOffset = (ctx: RenderContext, mark: RunStyle, text: RunStyle): number =>
  Math.max(0, ascentOf(ctx, text) - ascentOf(ctx, mark));
