import { UsageError } from './io.js';

/** 9999-12-31T23:59:59Z: the last second every date format Kiji writes can hold. */
const LAST_SECOND = 253402300799;

/**
 * Check `SOURCE_DATE_EPOCH` (the reproducible-builds convention: whole seconds since 1970)
 * before any work, so every output format agrees on it; empty counts as unset.
 */
export function checkSourceDateEpoch(value: string | undefined = process.env.SOURCE_DATE_EPOCH): void {
  if (value === undefined || value.trim() === '') return;
  const text = value.trim();
  if (!/^\d+$/.test(text) || Number(text) > LAST_SECOND) {
    throw new UsageError(
      `SOURCE_DATE_EPOCH="${value}" is not a whole number of seconds since 1970 between 0 and ${LAST_SECOND} (the year 9999): unset it or give e.g. 1761609600`,
    );
  }
}
