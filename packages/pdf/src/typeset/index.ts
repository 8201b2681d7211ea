export { SUPERSCRIPT_SCALE } from './clusters.js';
export { composeLines } from './compose-lines.js';
export { forgetFonts, loadFont } from './fonts.js';
export { loadHyphenation } from './hyphenate.js';
export { MAX_CJK_GAP_EM, MAX_SPACE_STRETCH_EM } from './justify.js';
export { phraseBoundaries } from './phrases.js';
export { useShapingCache } from './shaping-cache.js';
export type {
  BlockStyle,
  ComposedLine,
  ComposedSegment,
  ComposeResult,
  FontFace,
  FontSet,
  MissingGlyph,
  StyledRun,
  TypesetOptions,
  TypesetTextProps,
} from './types.js';
export { TypesetText } from './typeset-text.js';
