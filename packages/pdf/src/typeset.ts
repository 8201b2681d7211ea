// The line composer's contract (./typeset/): every block of text in the document is set through
// TypesetText, which breaks lines per JLReq and hands react-pdf lines it will not re-break.
export {
  type FontFace,
  type FontSet,
  type MissingGlyph,
  type StyledRun,
  type TypesetOptions,
  TypesetText,
} from './typeset/index.js';
