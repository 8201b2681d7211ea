import { isSafeUrl, type Source } from '@kiji/core';
import { parseCitations } from '../citations.js';
import { lineMap } from '../inline.js';
import { findOutletName, outletStem } from '../outlets.js';
import { lastSentence } from '../text.js';
import type { Citation, Context, Draft, ParagraphBlock } from '../types.js';
import { allBlocks } from './containers.js';

/**
 * Turn citations into sources: one source per outlet and title (the same article cited twice is
 * one source), ids `<outlet stem>-<n>` in citation order (`yomiuri-1`, `ntv-news-1`), kind
 * `video` for 「…の動画」. A quote is attributed to the source cited in its introduction, or to
 * an outlet the introduction names ("Reuters reported:").
 */
export function findSources(draft: Draft, context: Context): Draft {
  const registry = new SourceRegistry();
  for (const block of allBlocks(draft)) {
    if (block.kind === 'paragraph') readParagraph(block, registry, context);
    if (block.kind === 'quote' && block.intro !== undefined) attribute(block.intro, registry);
  }
  return { ...draft, sources: registry.sources };
}

function readParagraph(paragraph: ParagraphBlock, registry: SourceRegistry, context: Context): void {
  const citations = parseCitations(paragraph.text);
  for (const citation of citations) {
    if (citation.url !== undefined && !isSafeUrl(citation.url)) {
      const line = lineMap(paragraph.line, paragraph.starts);
      context.warnings.push({
        line: typeof line === 'number' ? line : line(citation.titleStart),
        code: 'unsafe-link',
        message: `ignored the link "${citation.url}": only http(s) and mailto links are kept`,
      });
      delete citation.url;
    }
    citation.sourceId = registry.add(citation, (existing) =>
      context.warnings.push({
        line: paragraph.line,
        code: 'source-url',
        message: `${existing.outlet}「${existing.title ?? ''}」 is cited again with another URL (${citation.url}); kept the first one (${existing.url})`,
      }),
    );
  }
  paragraph.citations = citations;
}

function attribute(intro: ParagraphBlock, registry: SourceRegistry): void {
  const quote = intro.introduces;
  if (quote === undefined) return;
  const citations = intro.citations ?? [];
  const sentenceStart = intro.text.length - lastSentence(intro.text).length;
  const cited = citations.filter((citation) => citation.start >= sentenceStart).at(-1) ?? citations.at(-1);
  if (cited?.sourceId !== undefined) {
    quote.sourceId = cited.sourceId;
    return;
  }
  const outlet = findOutletName(lastSentence(intro.text));
  if (outlet !== undefined) quote.sourceId = registry.add({ outlet, kind: 'article' });
}

class SourceRegistry {
  readonly sources: Source[] = [];
  private readonly byKey = new Map<string, Source>();
  private readonly byUrl = new Map<string, Source>();
  private readonly counts = new Map<string, number>();

  /** The id of the source for this citation, adding the source on first sight. */
  add(
    citation: Pick<Citation, 'outlet' | 'title' | 'url' | 'kind'>,
    onConflict?: (existing: Source) => void,
  ): string {
    const key = `${citation.outlet}\u0000${normalizeTitle(citation.title ?? '')}`;
    const byUrl = citation.url === undefined ? undefined : this.byUrl.get(citation.url);
    const existing = this.byKey.get(key) ?? byUrl;
    if (existing !== undefined) {
      if (existing.url === undefined && citation.url !== undefined) {
        existing.url = citation.url;
        this.byUrl.set(citation.url, existing);
      } else if (citation.url !== undefined && citation.url !== existing.url) onConflict?.(existing);
      if (existing.title === undefined && citation.title !== undefined) existing.title = citation.title;
      return existing.id;
    }
    const stem = outletStem(citation.outlet);
    const count = (this.counts.get(stem) ?? 0) + 1;
    this.counts.set(stem, count);
    const source: Source = { id: `${stem}-${count}`, outlet: citation.outlet, kind: citation.kind };
    if (citation.title !== undefined) source.title = citation.title;
    if (citation.url !== undefined) source.url = citation.url;
    this.sources.push(source);
    this.byKey.set(key, source);
    if (source.url !== undefined) this.byUrl.set(source.url, source);
    return source.id;
  }
}

function normalizeTitle(title: string): string {
  const normalized = title.normalize('NFKC').replace(/\s+/gu, '');
  return dropTrailingEllipses(normalized);
}

/** The text without its trailing ellipses (… and ...), scanned from the end: linear. */
function dropTrailingEllipses(text: string): string {
  let end = text.length;
  while (end > 0) {
    if (text[end - 1] === '…') end -= 1;
    else if (text.endsWith('...', end)) end -= 3;
    else break;
  }
  return text.slice(0, end);
}
