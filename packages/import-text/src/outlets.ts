import { escapeRegExp } from '@kiji/core';
/** Outlets and channels the importer knows, with the stem of their source ids. */
export const KNOWN_OUTLETS: Readonly<Record<string, string>> = {
  読売新聞オンライン: 'yomiuri',
  読売新聞: 'yomiuri',
  読売: 'yomiuri',
  毎日新聞: 'mainichi',
  朝日新聞デジタル: 'asahi',
  朝日新聞: 'asahi',
  日本経済新聞: 'nikkei',
  日経新聞: 'nikkei',
  日経: 'nikkei',
  産経新聞: 'sankei',
  産経ニュース: 'sankei',
  東京新聞: 'tokyo-np',
  中日新聞: 'chunichi',
  北海道新聞: 'hokkaido-np',
  西日本新聞: 'nishinippon',
  沖縄タイムス: 'okinawa-times',
  琉球新報: 'ryukyu-shimpo',
  共同通信: 'kyodo',
  時事通信: 'jiji',
  時事ドットコム: 'jiji',
  NHKニュース: 'nhk',
  NHK: 'nhk',
  日テレNEWS: 'ntv-news',
  日テレ: 'ntv',
  'TBS NEWS DIG': 'tbs-news-dig',
  TBS: 'tbs',
  ANNnewsCH: 'ann-news',
  テレ朝news: 'tv-asahi',
  テレビ朝日: 'tv-asahi',
  FNNプライムオンライン: 'fnn',
  FNN: 'fnn',
  フジテレビ: 'fuji-tv',
  テレ東BIZ: 'tv-tokyo-biz',
  テレビ東京: 'tv-tokyo',
  文春オンライン: 'bunshun',
  東洋経済オンライン: 'toyo-keizai',
  'Yahoo!ニュース': 'yahoo-news',
  ロイター: 'reuters',
  ブルームバーグ: 'bloomberg',
  AP通信: 'ap',
  AFP通信: 'afp',
  Reuters: 'reuters',
  'Associated Press': 'ap',
  AP: 'ap',
  AFP: 'afp',
  Bloomberg: 'bloomberg',
  BBC: 'bbc',
  'BBC News': 'bbc',
  CNN: 'cnn',
  'The New York Times': 'nytimes',
  'New York Times': 'nytimes',
  'The Washington Post': 'washington-post',
  'Washington Post': 'washington-post',
  'The Guardian': 'guardian',
  Guardian: 'guardian',
  'Financial Times': 'ft',
  'The Wall Street Journal': 'wsj',
  'Wall Street Journal': 'wsj',
  'Nikkei Asia': 'nikkei-asia',
  'The Japan Times': 'japan-times',
  'Japan Times': 'japan-times',
  'Kyodo News': 'kyodo',
  'NHK World': 'nhk-world',
  Politico: 'politico',
  Axios: 'axios',
  NPR: 'npr',
  'Al Jazeera': 'al-jazeera',
  'The Economist': 'economist',
  'Le Monde': 'le-monde',
  'Der Spiegel': 'spiegel',
};

const NAMES = Object.keys(KNOWN_OUTLETS).sort((a, b) => b.length - a.length);
/** Latin names match as whole words only. */
const NAME_PATTERNS: [string, RegExp][] = NAMES.map((name) => [
  name,
  /^[A-Za-z]/u.test(name)
    ? new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(name)}(?![A-Za-z0-9])`, 'u')
    : new RegExp(escapeRegExp(name), 'u'),
]);

/** Words that mark a name as a news outlet or channel. */
const MEDIA_WORDS =
  /(新聞|通信|NEWS|News|news|ニュース|テレビ|放送|TV|CH|ch|Ch|チャンネル|Channel|Times|Post|Journal|Press|Herald|Tribune|Gazette|Daily|Weekly|Review|タイムズ|ジャーナル|オンライン|Online|BIZ|DIG|日報|新報|ドットコム|デジタル|Magazine|マガジン|週刊|月刊)/u;

/** The known outlet name that `text` ends with, if any (whole words for Latin names). */
export function knownOutletAtEnd(text: string): string | undefined {
  for (const name of NAMES) {
    if (!text.endsWith(name)) continue;
    const before = text.slice(0, text.length - name.length);
    if (/^[A-Za-z]/u.test(name) && /[A-Za-z0-9]$/u.test(before)) continue;
    return name;
  }
  return undefined;
}

/** The known outlet mentioned first in `text` (whole words for Latin names). */
export function findKnownOutlet(text: string): string | undefined {
  let best: { name: string; index: number } | undefined;
  for (const [name, pattern] of NAME_PATTERNS) {
    const match = pattern.exec(text);
    if (match && (best === undefined || match.index < best.index)) best = { name, index: match.index };
  }
  return best?.name;
}

/** True for a known outlet or a name with a media word in it (新聞, NEWS, Times…). */
export function looksLikeOutlet(name: string): boolean {
  return name in KNOWN_OUTLETS || MEDIA_WORDS.test(name);
}

/** The stem of source ids for an outlet: `yomiuri`, `ntv-news`, or a slug of the Latin name. */
export function outletStem(outlet: string): string {
  const known = KNOWN_OUTLETS[outlet];
  if (known !== undefined) return known;
  const slug = outlet
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|(?<!-)-+$/gu, '')
    .slice(0, 32)
    .replace(/(?<!-)-+$/u, '');
  return /^[a-z]/u.test(slug) ? slug : 'source';
}

// redos: bounded, EN_SUBJECT and JA_SUBJECT are tested on a sentence's first 200 characters.
const EN_SUBJECT =
  /((?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.!-]*(?:\s+(?:of|the|and|&|[\p{Lu}\p{N}][\p{L}\p{N}&.!-]*))*)\s+(?:has\s+|had\s+)?(?:reported|reports|wrote|writes|said|says|noted|notes|stated|states|observed|explained|added)\b/u;
const EN_ACCORDING =
  /according to ((?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.!-]*(?:\s+(?:of|the|and|&|[\p{Lu}\p{N}][\p{L}\p{N}&.!-]*))*)/iu;
// redos: bounded, tested on a sentence's first 200 characters (findOutletName).
const JA_SUBJECT =
  /([\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9&.・!！]+)(?:は|が|では|によると|によれば)、?/u;

/**
 * The outlet a sentence names as its speaker: a known outlet, or a media-looking subject
 * ("The Example Times reported:", 「東西新聞は、次のように報じています」).
 */
export function findOutletName(sentence: string): string | undefined {
  const known = findKnownOutlet(sentence);
  if (known !== undefined) return known;
  const head = sentence.slice(0, 200);
  const subject = (EN_ACCORDING.exec(head) ?? EN_SUBJECT.exec(head) ?? JA_SUBJECT.exec(head))?.[1]?.trim();
  return subject !== undefined && subject.length <= 40 && looksLikeOutlet(subject) ? subject : undefined;
}
