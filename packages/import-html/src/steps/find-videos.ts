import { findKnownOutlet } from '@kiji/import-text';
import type { Context } from '../context.js';
import { findOutletHost, hostStem, videoWatchUrl } from '../outlet-hosts.js';
import { addSource } from '../sources.js';

/** An embedded video, and the text just before it, to cite it where it stood. */
export interface EmbeddedVideo {
  sourceId: string;
  /** The text of the block before the player, white space removed. */
  before: string;
}

/**
 * Embedded YouTube and ニコニコ players become `video` sources (the watch URL, the player's
 * title), named by the channel the paragraph before names when it is a known outlet
 * (「ANNnewsCHが配信した…」), else by the site. Players are then removed with the other frames.
 */
export function findVideos(document: Document, context: Context): EmbeddedVideo[] {
  const videos: EmbeddedVideo[] = [];
  for (const frame of document.querySelectorAll('iframe[src]')) {
    const url = videoWatchUrl(frame.getAttribute('src') ?? '');
    if (url === undefined) continue;
    const entry = findOutletHost(url, context.options.outlets)!;
    const previous = previousText(frame);
    const channel = findKnownOutlet(previous);
    const title = frame
      .getAttribute('title')
      ?.replace(/[ \t\n\f\r]+/gu, ' ')
      .trim();
    const sourceId = addSource(
      {
        outlet: channel ?? entry.outlet,
        url,
        kind: 'video',
        stem: channel === undefined ? hostStem(entry) : hostStem({ host: '', outlet: channel }),
        ...(title ? { title } : {}),
      },
      context,
    );
    videos.push({ sourceId, before: previous.replace(/[\s\u3000]+/gu, '') });
    context.warnings.push({
      code: 'video',
      message: `embedded video ${url} read as a video source (${sourceId})`,
    });
  }
  return videos;
}

/** The text of the nearest element before `node` that has some. */
function previousText(node: Element): string {
  let current: Element | null = node;
  while (current) {
    let sibling = current.previousElementSibling;
    while (sibling) {
      const text = sibling.textContent?.trim() ?? '';
      if (text !== '') return text;
      sibling = sibling.previousElementSibling;
    }
    current = current.parentElement;
  }
  return '';
}
