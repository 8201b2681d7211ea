import { isInputError, parseSourceDateEpoch } from '@kiji/core';
import { UsageError } from './io.js';

/**
 * Check `SOURCE_DATE_EPOCH` (the reproducible-builds convention: whole seconds since 1970)
 * before any work, so every output format agrees on it; empty counts as unset.
 */
export function checkSourceDateEpoch(value: string | undefined = process.env.SOURCE_DATE_EPOCH): void {
  try {
    parseSourceDateEpoch(value);
  } catch (error) {
    if (isInputError(error)) throw new UsageError(`SOURCE_DATE_EPOCH=${error.problems[0]?.message ?? ''}`);
    throw error;
  }
}
