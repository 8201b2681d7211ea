/**
 * Control characters (C0 except tab and newline, DEL, C1) and bidirectional overrides, which an
 * article may carry and which would move the cursor, recolour or retitle the user's terminal, or
 * reorder what a message shows.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every unsafe character shown as an escape (`\x1b`, `\u202e`), for terminal output. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
