/** Points per millimetre (1 pt = 1/72 in = 25.4/72 mm). */
export const PT_PER_MM = 72 / 25.4;

/** Millimetres to points. */
export const mm = (millimetres: number): number => millimetres * PT_PER_MM;
