/** Turns an article id into a valid XHTML id (an XML name without colons) with the prefix. */
export function toHtmlId(prefix: string, id: string): string {
  return `${prefix}${id.replace(/[^\w.-]/g, '-')}`;
}

/** Hands out ids, never the same twice: a taken id gets `-2`, `-3`, … appended. */
export class IdRegistry {
  private readonly taken = new Set<string>();

  /** Reserve `id` (or the first free variant of it) and return what was reserved. */
  claim(id: string): string {
    let candidate = id;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${id}-${n}`;
    this.taken.add(candidate);
    return candidate;
  }
}
