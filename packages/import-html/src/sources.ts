import type { Source, SourceKind } from '@kiji/core';
import type { Context } from './context.js';
import { findOutletHost, hostStem } from './outlet-hosts.js';
import { hostOf, withoutFragment } from './urls.js';

/** A source to add: the same URL (fragment ignored) is one source. */
export interface NewSource {
  outlet: string;
  url?: string;
  kind: SourceKind;
  title?: string;
  stem: string;
}

/** The id of the source for `wanted`, adding it in citation order when it is new. */
export function addSource(wanted: NewSource, context: Context): string {
  const key = wanted.url === undefined ? undefined : withoutFragment(wanted.url);
  if (key !== undefined) {
    const known = context.sourceIdsByUrl.get(key);
    if (known !== undefined) {
      const source = context.sources.find((entry) => entry.id === known)!;
      if (source.title === undefined && wanted.title !== undefined) source.title = wanted.title;
      return known;
    }
  } else {
    const same = context.sources.find((entry) => entry.url === undefined && entry.outlet === wanted.outlet);
    if (same) return same.id;
  }
  let index = 1;
  while (context.sources.some((entry) => entry.id === `${wanted.stem}-${index}`)) index++;
  const source: Source = { id: `${wanted.stem}-${index}`, outlet: wanted.outlet, kind: wanted.kind };
  if (wanted.title !== undefined) source.title = wanted.title;
  if (wanted.url !== undefined) source.url = wanted.url;
  context.sources.push(source);
  if (key !== undefined) context.sourceIdsByUrl.set(key, source.id);
  return source.id;
}

/**
 * The source a link cites: a link to a known outlet or video site (not the page's own site),
 * titled by the 「…」 or “…” its text holds. Undefined for every other link.
 */
export function sourceForLink(url: string, text: string, context: Context): string | undefined {
  const host = hostOf(url);
  if (host === undefined || host === context.ownHost) return undefined;
  const entry = findOutletHost(url, context.options.outlets);
  if (entry === undefined) return undefined;
  const title = bracketedTitle(text);
  return addSource(
    {
      outlet: entry.outlet,
      url,
      kind: entry.kind ?? 'article',
      stem: hostStem(entry),
      ...(title === undefined ? {} : { title }),
    },
    context,
  );
}

/** The title a citation names in brackets: 「首脳会談の発言全文」, “Chatbots face scrutiny”. */
export function bracketedTitle(text: string): string | undefined {
  // redos: bounded, each opening bracket is followed at most 200 characters: linear in the text.
  const match = /「([^「」]{1,200})」|“([^“”]{1,200})”|『([^『』]{1,200})』/u.exec(text);
  const title = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  return title === '' ? undefined : title;
}
