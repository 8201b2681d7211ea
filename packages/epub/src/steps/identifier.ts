import { sha256 } from '../platform/node.js';

/** A fixed namespace so Kiji identifiers never collide with other UUID v5 users. */
const NAMESPACE = 'kiji:epub:';

/**
 * A `urn:uuid:` identifier derived from `content`: SHA-256 of the namespace and the content,
 * cut to 128 bits and stamped as version 5 / RFC 4122 variant. The same content always gives the
 * same identifier; any change in the content gives another.
 */
export function contentIdentifier(content: string): string {
  const bytes = sha256(NAMESPACE + content).subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = toHex(bytes);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Lower-case hexadecimal of bytes. */
export const toHex = (bytes: Uint8Array): string =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** JSON with object keys sorted, so key order in the input does not change the identifier. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const record = item as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]),
    );
  });
}
