/** Page sizes `renderPdf` accepts, in PDF points (1/72 in). */
export const PAGE_SIZES = {
  /** ISO A4, 210 x 297 mm (the default). */
  A4: { width: 595.28, height: 841.89 },
  /** JIS B5, 182 x 257 mm: what Japanese printers mean by B5 (react-pdf's "B5" is ISO, 176 x 250 mm). */
  'JIS-B5': { width: 515.91, height: 728.5 },
  /** ISO A5, 148 x 210 mm. */
  A5: { width: 419.53, height: 595.28 },
  /** US Letter, 8.5 x 11 in. */
  Letter: { width: 612, height: 792 },
} as const;

/** The name of a supported page size. */
export type PageSize = keyof typeof PAGE_SIZES;

/** Every supported page size name, in documentation order. */
export const PAGE_SIZE_NAMES = Object.keys(PAGE_SIZES) as PageSize[];

/** True when `name` is a supported page size. */
export const isPageSize = (name: string): name is PageSize => Object.hasOwn(PAGE_SIZES, name);
