/**
 * Text as a regular expression that matches exactly that text: every syntax character escaped
 * (valid with the `u` flag too). For patterns built from words known only at run time (a cited
 * outlet's name), so article text can never add a quantifier or a group.
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
