import { InputError } from './errors.js';

/** 9999-12-31T23:59:59Z: the last second every date format Kiji writes (PDF, XMP, OPF) can hold. */
export const LAST_SOURCE_DATE_SECOND = 253402300799;

/**
 * `SOURCE_DATE_EPOCH` (the reproducible-builds convention: whole seconds since 1970) as a date,
 * or `undefined` when it is unset or empty. Anything else is an `InputError` naming the variable
 * and a value that works. Libraries take the value as an option; only a command line reads the
 * environment.
 */
export function parseSourceDateEpoch(value: string | undefined): Date | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (!/^\d+$/.test(text) || Number(text) > LAST_SOURCE_DATE_SECOND) {
    throw new InputError([
      {
        path: 'SOURCE_DATE_EPOCH',
        message: `"${value}" is not a whole number of seconds since 1970 between 0 and ${LAST_SOURCE_DATE_SECOND} (the year 9999): unset it or give e.g. 1761609600`,
      },
    ]);
  }
  return new Date(Number(text) * 1000);
}

/**
 * The error for an output that must carry a date (an EPUB's `dcterms:modified`, a PDF/X file's
 * CreationDate and ModDate) when the article has none and `SOURCE_DATE_EPOCH` is not set: Kiji
 * never makes a date up. `output` names the output and why it needs one.
 */
export function missingDateError(output: string): InputError {
  return new InputError([
    {
      path: 'meta.published',
      message: `the article has no date, and ${output} must carry one; none is made up: set meta.published (published: in Markdown front matter; kiji import --published DATE sets it), or SOURCE_DATE_EPOCH (seconds since 1970) to stamp the build date`,
    },
  ]);
}
