import { toHalfWidth } from '../text.js';
import type { ImportWarning, Line } from '../types.js';

/** A kind of page furniture and the whole-line patterns that recognise it. */
interface BoilerplateRule {
  what: string;
  patterns: RegExp[];
}

const SHARE_WORDS =
  'シェア|シェアする|ツイート|ポスト|いいね|いいね!|送る|LINEで送る|はてブ|はてなブックマーク|B!|Pocket|Feedly|Facebook|Twitter|X|LINE|Pinterest|LinkedIn|Reddit|Email|E-mail|メール|Print|印刷|Share|Tweet|Like|Copy link|Copy|コピー|Threads|Bluesky|WhatsApp|Telegram|RSS';
const SHARE_LINE = new RegExp(
  `^(?:(?:${SHARE_WORDS})(?:\\s*\\d+)?)(?:\\s*[|｜/・,、]?\\s*(?:(?:${SHARE_WORDS})(?:\\s*\\d+)?))*$`,
  'iu',
);

/** Whole-line rules; a line is dropped only when it is nothing but the furniture. */
const RULES: BoilerplateRule[] = [
  {
    what: 'copy-link notice',
    patterns: [/^(タイトルと)?URLをコピー(しました|する)?!?$/u, /^(link|url) copied!?$/iu, /^copied!?$/iu],
  },
  {
    what: 'share buttons',
    patterns: [
      SHARE_LINE,
      /^(この記事を)?(シェア|共有)(する|しよう|してください)?[!！]?$/u,
      /^share (this|on|via)\b.{0,40}$/iu,
      /^like this:?$/iu,
      /^(follow us|follow me|フォローする|フォローしてね|フォローお願いします)(\s.{0,30})?$/iu,
    ],
  },
  {
    what: 'comment form',
    patterns: [
      /^(\d+\s*(件の)?)?コメント(\s*\(?\d+\)?)?$/u,
      /^コメント(する|を(書く|残す|送信|投稿|どうぞ|する))$/u,
      /^(\d+\s+)?(comments?|responses?|replies)(\s*\(\d+\))?$/iu,
      /^(leave|post|add|write) a (comment|reply)$/iu,
      /^(cancel reply|post comment|submit comment|reply)$/iu,
      /^(名前|メール|メールアドレス|ウェブサイト|サイト|name|email|website|comment)\s*[*※]?$/iu,
      /メールアドレスが公開されることはありません/u,
      /が付いている欄は必須項目です/u,
      /^your email address will not be published\b/iu,
      /^required fields are marked\b/iu,
      /^save my name, email, and website\b/iu,
      /^次回のコメントで使用するため/u,
      /^(この)?(サイト|ブログ)はスパムを低減/u,
      /^this site uses akismet\b/iu,
    ],
  },
  {
    what: 'navigation',
    patterns: [
      /^(前|次)の(記事|投稿|ページ)([へ»«>→←]|$)/u,
      /^[«‹<←]\s*(前の|previous|prev|older)/iu,
      /^(previous|next|older|newer) (post|article|entry|story|page)\b.{0,80}$/iu,
      /^(次|前)(へ|のページ)$|^(next|previous|prev)\s*[»›>→]?$/iu,
      /^(ホーム|トップ|home|top)(\s*[>›»/＞]\s*[^>›»/＞]{0,40})+$/iu,
      /^(ホーム|トップページ|ホームへ戻る|トップへ戻る|ページの先頭へ|ページトップへ|home|menu|メニュー|検索|search|サイトマップ|sitemap|back to top|skip to (main )?content|本文へスキップ|本文へ移動)$/iu,
      /^(関連記事|人気記事|おすすめ記事|新着記事|最新記事|カテゴリー?|アーカイブ|タグ|related (posts|articles|stories)|popular posts|recent posts|you may also like|read more|続きを読む|もっと見る|more stories|tags?|categories|archives)\s*[:：]?$/iu,
      /^(カテゴリー?|タグ|tags?|categories|filed under|posted in)\s*[:：]/iu,
    ],
  },
  {
    what: 'advertising',
    patterns: [/^(スポンサーリンク|広告|PR|advertisement|sponsored|ad)$/iu],
  },
  {
    what: 'subscription prompt',
    patterns: [
      /^(subscribe|sign up|newsletter|購読する|メルマガ登録|ニュースレター登録)(\s.{0,40})?$/iu,
      /^(sign in|log in|ログイン|会員登録)$/iu,
    ],
  },
  {
    what: 'copyright line',
    patterns: [/^(©|\(c\)\s*\d{4})/iu, /^copyright\s*(©|\(c\))?\s*\d{4}/iu, /all rights reserved\.?$/iu],
  },
];

/** Lines of only rules or decoration: `---`, `＊＊＊`, `・・・`. */
const SEPARATOR = /^[-=_*＊・~〜─━—–#.。·•]{3,}$/u;

/**
 * Drop page furniture: share buttons, comment-form labels, copy-link notices, navigation,
 * advertising labels, copyright lines, separator rules and repeats of the first line (the
 * title). Each dropped line is reported with its number.
 */
export function dropBoilerplate(lines: Line[], warnings: ImportWarning[]): Line[] {
  const firstLine = lines.find((line) => line.text !== '');
  const title = firstLine === undefined ? undefined : normalize(firstLine.text);
  const kept: Line[] = [];
  for (const line of lines) {
    if (line.text === '') {
      kept.push(line);
      continue;
    }
    const what = classify(line, title, firstLine);
    if (what === undefined) {
      kept.push(line);
      continue;
    }
    warnings.push({
      line: line.number,
      code: what === 'separator' ? 'separator' : 'boilerplate',
      message: `dropped ${what}: "${shorten(line.text)}"`,
    });
    // Keep the line break so paragraphs on either side stay apart.
    kept.push({ number: line.number, text: '', indent: 0 });
  }
  return kept;
}

function classify(line: Line, title: string | undefined, firstLine: Line | undefined): string | undefined {
  const text = line.text;
  if (line !== firstLine && title !== undefined && title.length > 0 && normalize(text) === title) {
    return 'repeated title';
  }
  if (SEPARATOR.test(text)) return 'separator';
  if (text.length > 200) return undefined;
  const half = toHalfWidth(text);
  for (const rule of RULES) {
    if (rule.patterns.some((pattern) => pattern.test(half) || pattern.test(text))) return rule.what;
  }
  return undefined;
}

function normalize(text: string): string {
  return toHalfWidth(text).replace(/\s+/gu, '');
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
