import { createHash, timingSafeEqual } from 'node:crypto';
import { ProblemError } from './problem.js';

const digest = (token: string) => createHash('sha256').update(token).digest();

/**
 * A check of `Authorization: Bearer <token>` against the configured tokens, or `undefined`
 * when none are configured (the service is open). Tokens are compared as SHA-256 digests in
 * constant time, so the comparison says nothing about how much of a token was right.
 */
export function bearerCheck(tokens: readonly string[]): ((header: string | undefined) => void) | undefined {
  const digests = tokens
    .map((token) => token.trim())
    .filter(Boolean)
    .map(digest);
  if (digests.length === 0) return undefined;
  return (header) => {
    const token = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '')?.[1];
    if (!token) throw new ProblemError('unauthorized', 'send the header "Authorization: Bearer <token>"');
    const given = digest(token);
    // Every token is compared, so the time does not tell which one nearly matched.
    let match = false;
    for (const known of digests) match = timingSafeEqual(given, known) || match;
    if (!match) throw new ProblemError('unauthorized', 'the bearer token is not one this service accepts');
  };
}

/** Tokens from a file: one per line; blank lines and lines starting with # are skipped. */
export function parseTokenFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
