import { defineRule } from '../define-rule.js';
import { textBlocks } from '../text-blocks.js';

/** Short labels that are boilerplate when they are a whole paragraph, heading or list item. */
export const BOILERPLATE_LABELS: readonly string[] = [
  'コメント',
  'コメントする',
  'コメントを書く',
  'シェア',
  'シェアする',
  'ツイート',
  'ポスト',
  'いいね',
  '関連記事',
  '関連する記事',
  '人気記事',
  'おすすめ記事',
  '新着記事',
  '続きを読む',
  'もっと見る',
  'スポンサーリンク',
  '広告',
  'share',
  'share this',
  'share this:',
  'share this article',
  'tweet',
  'comments',
  'comment',
  'related',
  'related posts',
  'related articles',
  'read more',
  'advertisement',
  'sponsored',
  'like this:',
  'loading...',
  'subscribe',
];

/** Phrases that are boilerplate wherever they appear. */
export const BOILERPLATE_PHRASES: readonly string[] = [
  'タイトルとURLをコピーしました',
  'URLをコピーしました',
  'この記事をシェアする',
  'コメントを残す',
  'メールアドレスが公開されることはありません',
  '記事の続きを読む',
  'この記事を読んだ人はこんな記事も読んでいます',
  'leave a comment',
  'leave a reply',
  'your email address will not be published',
  'click to share',
  'share on facebook',
  'share on x',
  'share on twitter',
  'subscribe to our newsletter',
  'skip to content',
  'opens in new window',
  'this site uses cookies',
  'accept all cookies',
  'all rights reserved',
];

const normalize = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

export const leftoverBoilerplate = defineRule({
  id: 'leftover-boilerplate',
  defaultSeverity: 'error',
  description:
    'Page furniture copied along with the text: 「タイトルとURLをコピーしました」, a lone 「コメント」 or 「シェアする」, "Share this", "Leave a comment".',
  rationale: 'Printed in a briefing it looks careless and is never meant to be there: an error.',
  example: 'A last paragraph reading 「タイトルとURLをコピーしました」.',
  fix: 'Delete the paragraph or phrase. Add site-specific phrases with the `phrases` option.',
  defaultOptions: { phrases: [] as readonly string[] },
  optionDocs: {
    phrases: 'extra phrases to report wherever they appear (matched case- and width-insensitively)',
  },
  check({ article, options, report }) {
    const labels = new Set(BOILERPLATE_LABELS.map(normalize));
    const phrases = [...BOILERPLATE_PHRASES, ...options.phrases]
      .map((phrase) => ({ phrase, normalized: normalize(phrase) }))
      .filter(({ normalized }) => normalized !== '');
    for (const block of textBlocks(article)) {
      const text = normalize(block.text);
      if (text === '') continue;
      if (labels.has(text)) {
        report({
          ...block.locate(0),
          message: `"${block.text.trim()}" alone is page furniture, not article text`,
          fix: block.kind === 'meta' ? `replace ${block.path}` : `delete this ${block.kind}`,
        });
        continue;
      }
      const found = phrases.find(({ normalized }) => text.includes(normalized));
      if (found === undefined) continue;
      const folded = block.text.normalize('NFKC').toLowerCase();
      const offset = Math.max(0, folded.indexOf(found.normalized));
      // Quote the text as written when folding kept its length (so offsets still match).
      const written =
        folded.length === block.text.length
          ? block.text.slice(offset, offset + found.normalized.length)
          : found.phrase;
      const whole = text === found.normalized;
      report({
        ...block.locate(offset),
        message: `"${written}" is page furniture copied with the text`,
        fix: whole
          ? block.kind === 'meta'
            ? `replace ${block.path}`
            : `delete this ${block.kind}`
          : 'delete the phrase',
      });
    }
  },
});
