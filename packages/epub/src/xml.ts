const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Characters XML 1.0 forbids (C0 controls except tab, newline, return; U+FFFE, U+FFFF; lone surrogates). */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids, matched to drop them.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escape text for XML content or a quoted attribute. Characters outside ASCII stay as they are
 * (UTF-8, never numeric entities); characters XML cannot hold at all are dropped.
 */
export const escapeXml = (text: string): string =>
  stripInvalidXml(text).replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/** Drop the characters XML cannot hold (for text handed to templates that escape but do not drop). */
export const stripInvalidXml = (text: string): string => text.replace(FORBIDDEN, '');
