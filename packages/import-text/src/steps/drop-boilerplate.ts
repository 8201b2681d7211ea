import { readDateLine } from '../dates.js';
import { displayWidth, toHalfWidth } from '../text.js';
import type { ImportWarning, Line } from '../types.js';

/** A kind of page furniture and the whole-line patterns that recognise it. */
interface BoilerplateRule {
  what: string;
  patterns: RegExp[];
}

const SHARE_WORDS =
  'シェア|シェアする|ツイート|ポスト|いいね|いいね!|送る|LINEで送る|はてブ|はてなブックマーク|B!|Pocket|Feedly|Facebook|Twitter|X|LINE|Pinterest|LinkedIn|Reddit|Email|E-mail|メール|Print|印刷|Share|Tweet|Like|Copy link|Copy|コピー|Threads|Bluesky|WhatsApp|Telegram|RSS';
/**
 * Share buttons, one after another: between two words either a separator (with any spaces
 * around it), or spaces, or nothing — each written one way only, so a line that almost matches
 * is given up in linear time (`\s*[|]?\s*` let every space be taken by either side: each
 * " 送る" more on a line that failed at its end doubled the time, 1.4 s for 22 of them).
 */
// redos: bounded, lines of at most 200 characters (classifyFurniture).
const SHARE_LINE = new RegExp(
  `^(?:(?:${SHARE_WORDS})(?:\\s*\\d+)?)(?:(?:\\s*[|｜/・,、]\\s*|\\s+)?(?:(?:${SHARE_WORDS})(?:\\s*\\d+)?))*$`,
  'iu',
);

const NAV_WORDS =
  '次の投稿|前の投稿|新しい投稿|古い投稿|新しい記事|古い記事|ホーム|トップ|newer posts?|older posts?|newer|older|home';
/** `次の投稿 前の投稿 ホーム`, `Newer Post Older Post Home`: a line of nothing but page links. */
const NAVIGATION_LINE = new RegExp(
  `^(?:[«»<>‹›]+\\s*)?(?:${NAV_WORDS})(?:\\s*(?:[«»<>‹›|｜/]\\s*)*(?:${NAV_WORDS}))+(?:\\s*[«»<>‹›]+)?$`,
  'iu',
);

/**
 * Whole-line rules; a line is dropped only when it is nothing but the furniture. Only lines of
 * at most 200 characters are tested (classifyFurniture), which bounds the patterns below.
 */
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
      /^share (this|on|via|to)\b.{0,40}$/iu,
      /^(email this|blogthis!?|この記事をブログに書く|メールで送信|xで共有する|facebook で共有する|pinterest に共有)$/iu,
      /^like this:?$/iu,
      /^(follow us|follow me|フォローする|フォローしてね|フォローお願いします)(\s.{0,30})?$/iu,
      /^(follow|following|フォロー|フォロー中)$/iu,
    ],
  },
  {
    what: 'comment form',
    patterns: [
      // redos: bounded, lines of at most 200 characters.
      /^(\d+\s*(件の)?\s*)?コメント(\s*\(?\d+\)?)?\s*[:：]?$/u,
      /^(コメントはありません|コメントを投稿|no comments|post a comment)\s*[:：]?$/iu,
      /^コメント(する|を(書く|残す|送信|投稿|どうぞ|する))$/u,
      /^(\d+\s+)?(comments?|responses?|replies)(\s*\(\d+\))?\s*:?$/iu,
      /^(subscribe to|登録)\s*[:：]\s*(post comments|コメントの投稿|投稿|posts)\s*\(atom\)$/iu,
      /^(leave|post|add|write) a (comment|reply)$/iu,
      /^(cancel reply|post comment|submit comment|reply)$/iu,
      /^(名前|メール|メールアドレス|ウェブサイト|サイト|コメント|name|email|website|comment)\s*[*※]?$/iu,
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
      NAVIGATION_LINE,
      /^(<<|«|‹)\s*(home|ホーム|トップ)$/iu,
      /^[«‹<←]\s*(前の|previous|prev|older)/iu,
      /^(previous|next|older|newer) (post|article|entry|story|page)\b.{0,80}$/iu,
      /^(次|前)(へ|のページ)$|^(next|previous|prev)\s*[»›>→]?$/iu,
      // A breadcrumb. Each step is a separator and what follows it up to the next separator, so
      // a line splits into steps one way only (white space on either side of a separator could
      // go to two steps, and a 130-character line took minutes to reject).
      /^(ホーム|トップ|home|top)\s*(?:[>›»/＞][^>›»/＞]{0,40})+$/iu,
      /^(ホーム|トップページ|ホームへ戻る|トップへ戻る|ページの先頭へ|ページトップへ|home|menu|メニュー|検索|search|サイトマップ|sitemap|back to top|skip to (main )?content|本文へスキップ|本文へ移動)$/iu,
      /^(このブログの人気の投稿|人気の投稿|popular posts from this blog|関連記事|人気記事|おすすめ記事|新着記事|最新記事|カテゴリー?|アーカイブ|タグ|related (posts|articles|stories)|popular posts|recent posts|you may also like|read more|続きを読む|もっと見る|more stories|tags?|categories|archives)\s*[:：]?$/iu,
      /^(カテゴリー?|タグ|ラベル|labels?|tags?|categories|filed under|posted in)\s*[:：]/iu,
      /^(related|read more|see also|also read|read also|more from|recommended|watch)\s*[:：]\s*\S.{0,120}$/iu,
      /^(関連記事|関連|あわせて読みたい|合わせて読みたい|こちらもおすすめ|おすすめ)\s*[:：]\s*\S.{0,80}$/u,
      /^(続きを読む|続きはこちら|続きを見る|全文を読む|全文はこちら|記事の続きを読む|もっと読む|continue reading|keep reading)\s*[»>→]?$/iu,
    ],
  },
  {
    what: 'update stamp',
    patterns: [
      // redos: bounded, lines of at most 200 characters.
      /^(最終更新|最終更新日|更新日時|last updated|updated)\s*[:：]?\s*[\d(（].{0,40}$/iu,
    ],
  },
  {
    what: 'post time stamp',
    patterns: [/^(at|時刻[:：]?)\s*\d{1,2}:\d{2}(\s*[AP]M)?$/iu],
  },
  {
    what: 'blog platform notice',
    patterns: [/^powered by\s+\S.{0,30}$/iu, /^(テーマ|theme)\s*[:：].{0,40}$/iu],
  },
  {
    what: 'archive list',
    patterns: [/^[►▼▶▸▽]\s*\S.{0,24}\(\d+\)$/u],
  },
  {
    what: 'advertising',
    patterns: [
      /^(スポンサーリンク|広告|PR|advertisement|sponsored|ad)$/iu,
      /^(advertisement|ad)\s*[-–—:]\s*(scroll|story continues|continue|content continues).{0,40}$/iu,
      /^(story|article) continues below( (this )?(advertisement|ad))?$/iu,
      /^(記事の)?続きは(広告|PR)の(下|後)(です|へ)?$/u,
    ],
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
    patterns: [
      /^(©|\(c\)\s*\d{4})/iu,
      // redos: bounded, lines of at most 200 characters.
      /^copyright\s*(©|\(c\))?\s*\d{4}/iu,
      /all rights reserved\.?$/iu,
    ],
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
  const menu = findLeadingMenu(lines);
  const firstLine = lines.find((line) => line.text !== '' && !menu.has(line.number));
  const title = firstLine === undefined ? undefined : titleForms(firstLine.text);
  const kept: Line[] = [];
  const contents = findTableOfContents(lines);
  const sidebar = findSidebar(lines);
  for (const line of lines) {
    if (line.text === '') {
      kept.push(line);
      continue;
    }
    const what = contents.has(line.number)
      ? 'table of contents'
      : menu.has(line.number)
        ? 'navigation menu'
        : (classify(line, title, firstLine) ?? (sidebar.has(line.number) ? 'sidebar' : undefined));
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

function classify(
  line: Line,
  title: Set<string> | undefined,
  firstLine: Line | undefined,
): string | undefined {
  const text = line.text;
  if (line !== firstLine && title?.has(normalize(text))) {
    return 'repeated title';
  }
  if (SEPARATOR.test(text)) return 'separator';
  return classifyFurniture(text);
}

/** What kind of page furniture a whole line is (share buttons, comment form…), if any. */
export function classifyFurniture(text: string): string | undefined {
  if (text.length > 200) return undefined;
  const half = toHalfWidth(text);
  for (const rule of RULES) {
    if (rule.patterns.some((pattern) => pattern.test(half) || pattern.test(text))) return rule.what;
  }
  return undefined;
}

/** The first line as a repeat may write it: whole, without a 【kicker】, without a `| Site` suffix. */
function titleForms(first: string): Set<string> {
  const whole = first.replace(/^#\s+/u, '');
  const bare = whole.replace(/^【[^【】]{1,16}】/u, '');
  const forms = [whole, bare, ...[whole, bare].map(withoutSiteSuffix)];
  return new Set(forms.map(normalize).filter((form) => form.length >= 4));
}

/** `Title | Site` without ` | Site` (2 to 30 characters after the last bar), found from the end. */
function withoutSiteSuffix(form: string): string {
  const bar = Math.max(form.lastIndexOf('|'), form.lastIndexOf('｜'));
  const suffix = form.length - bar - 1;
  return bar >= 0 && suffix >= 2 && suffix <= 30 ? form.slice(0, bar).trimEnd() : form;
}

function normalize(text: string): string {
  return toHalfWidth(text).replace(/\s+/gu, '');
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

// redos: bounded, only lines of at most 80 characters are tested (findTableOfContents).
const CONTENTS_HEADING =
  /^(目次|もくじ|この記事の目次|contents|table of contents|in this article)\s*[:：]?\s*([[［(（]?\s*(表示|非表示|開く|閉じる|show|hide)\s*[\]］)）]?)?$/iu;
const CONTENTS_TOGGLE = /^[[［(（]?\s*(表示|非表示|開く|閉じる|show|hide)\s*[\]］)）]?$/iu;
const ENTRY_MARKER =
  /^(?:[•・●○◦▪‣\-*+–—]\s*|\(?\d{1,2}(?:[.．]\d{1,2})*[.．、)）:]?\s*|第\s*\d+\s*[章節]\s*)/u;

/**
 * A table of contents: a 目次 / Contents line, an optional show/hide toggle, and the entries
 * under it that repeat headings found later in the text. Returns the line numbers to drop.
 */
function findTableOfContents(lines: Line[]): Set<number> {
  const start = lines.findIndex(
    (line) => line.text.length <= 80 && CONTENTS_HEADING.test(toHalfWidth(line.text)),
  );
  if (start < 0) return new Set();
  const drop = new Set<number>([lines[start]!.number]);
  const entries: Line[] = [];
  let index = start + 1;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.text === '') {
      if (entries.length > 0) break;
    } else if (entries.length === 0 && CONTENTS_TOGGLE.test(line.text)) {
      drop.add(line.number);
    } else entries.push(line);
  }
  const entryKey = (text: string) => normalize(toHalfWidth(text).replace(ENTRY_MARKER, ''));
  const later = new Set(lines.slice(index).map((line) => entryKey(line.text)));
  const repeated = entries.filter((entry) => entryKey(entry.text) !== '' && later.has(entryKey(entry.text)));
  // Most entries must reappear below (as headings), or this is not a table of contents.
  if (entries.length === 0 || repeated.length * 2 < entries.length) return new Set();
  for (const entry of entries) drop.add(entry.number);
  return drop;
}

/**
 * Navigation at the very top of a page: three or more very short lines (ホーム / ニュース / 経済,
 * Home / World / Business) before a longer line, the headline.
 */
function findLeadingMenu(lines: Line[]): Set<number> {
  const items: Line[] = [];
  for (const line of lines) {
    if (line.text === '') continue;
    const short =
      displayWidth(line.text) <= 12 &&
      /\p{L}/u.test(line.text) &&
      !/[。．.!?！？、,]$/u.test(line.text) &&
      readDateLine(line.text) === undefined;
    if (!short) {
      const headline = displayWidth(line.text) > 12 && !/[。．.]$/u.test(line.text);
      return items.length >= 3 && headline ? new Set(items.map((item) => item.number)) : new Set();
    }
    items.push(line);
    if (items.length > 12) break;
  }
  return new Set();
}

/** Headings of a blog's sidebar or footer boxes: profile, archive, popular posts. */
const SIDEBAR_HEADING =
  /^(プロフィール|自己紹介|このブログについて|この記事を書いた人|著者について|ブログ\s?アーカイブ|アーカイブ|最近の投稿|最新の投稿|人気の投稿|このブログの人気の投稿|読者になる|このブログを検索|profile|about me|about the author|about this blog|blog archive|archives?|recent posts|popular posts|popular posts from this blog|followers|search this blog)$/iu;

/**
 * The sidebar and footer boxes a blog platform prints after the post (profile, archive list,
 * popular posts): from a box heading to the end of the page, when every line from there on is
 * short (a profile's one-line description at most) and none is a numbered heading.
 */
function findSidebar(lines: Line[]): Set<number> {
  const nonBlank = lines.filter((line) => line.text !== '');
  // The box comes after the post: never in the first few lines.
  const start = nonBlank.findIndex(
    (line, index) => index >= 3 && SIDEBAR_HEADING.test(toHalfWidth(line.text)),
  );
  if (start < 0) return new Set();
  const rest = nonBlank.slice(start);
  const boxLike = rest.every(
    (line) => displayWidth(line.text) <= 120 && !/^#{1,6}\s|^第\s*\d+\s*章/u.test(line.text),
  );
  return boxLike ? new Set(rest.map((line) => line.number)) : new Set();
}
