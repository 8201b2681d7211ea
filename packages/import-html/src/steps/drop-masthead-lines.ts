import { readDateLine } from '@kiji/import-text';
import { type Context, sample } from '../context.js';
import { squash } from './find-main-heading.js';
import type { DraftBlock } from './read-blocks.js';
import type { PageMetadata } from './read-metadata.js';

/**
 * Masthead lines the extractor kept above the body — the category label that became the
 * kicker, the site name, a date line (`2025年10月30日　論説委員室`, `Posted on … by …`) — are
 * metadata, not text: dropped from the first blocks before any heading, and reported. So is a
 * heading that repeats the title.
 */
export function dropMastheadLines(
  all: DraftBlock[],
  title: string,
  metadata: PageMetadata,
  context: Context,
): DraftBlock[] {
  // The headline itself, when the extractor kept it.
  const titleKey = squash(title);
  const blocks = all.filter(
    (block, index) => !(block.kind === 'heading' && index < 3 && squash(block.text) === titleKey),
  );
  const labels = new Set(
    [metadata.kicker?.value, metadata.publisher?.value.name]
      .filter((label) => label !== undefined)
      .map(squash),
  );
  const firstHeading = blocks.findIndex((block) => block.kind === 'heading');
  const end = Math.min(firstHeading < 0 ? blocks.length : firstHeading, 4);
  return blocks.filter((block, index) => {
    if (index >= end || block.kind !== 'paragraph') return true;
    const text = block.text.trim();
    if (labels.has(squash(text))) {
      context.warnings.push({
        code: 'masthead',
        message: `dropped the label "${sample(text)}" above the article (read as metadata)`,
      });
      return false;
    }
    if ([...text].length <= 60 && readDateLine(text) !== undefined) {
      context.warnings.push({
        code: 'masthead',
        message: `dropped the date line "${sample(text)}" (read as metadata)`,
      });
      return false;
    }
    return true;
  });
}
