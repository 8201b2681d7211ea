import { outletStem } from '@kiji/import-text';
import type { OutletHost } from './types.js';

/**
 * Sites whose links become sources. Outlet names are those of the text importer's table
 * (`KNOWN_OUTLETS` of @kiji/import-text), so a source gets the same outlet and id stem whether
 * it was cited in text or linked in a page. Extend it with the `outlets` option.
 */
export const KNOWN_OUTLET_HOSTS: readonly OutletHost[] = [
  { host: 'yomiuri.co.jp', outlet: '読売新聞' },
  { host: 'mainichi.jp', outlet: '毎日新聞' },
  { host: 'asahi.com', outlet: '朝日新聞' },
  { host: 'asia.nikkei.com', outlet: 'Nikkei Asia' },
  { host: 'nikkei.com', outlet: '日本経済新聞' },
  { host: 'sankei.com', outlet: '産経新聞' },
  { host: 'tokyo-np.co.jp', outlet: '東京新聞' },
  { host: 'chunichi.co.jp', outlet: '中日新聞' },
  { host: 'hokkaido-np.co.jp', outlet: '北海道新聞' },
  { host: 'nishinippon.co.jp', outlet: '西日本新聞' },
  { host: 'okinawatimes.co.jp', outlet: '沖縄タイムス' },
  { host: 'ryukyushimpo.jp', outlet: '琉球新報' },
  { host: 'english.kyodonews.net', outlet: 'Kyodo News' },
  { host: 'kyodonews.jp', outlet: '共同通信' },
  { host: 'jiji.com', outlet: '時事通信' },
  { host: 'nhk.or.jp', outlet: 'NHK' },
  { host: 'news.ntv.co.jp', outlet: '日テレNEWS' },
  { host: 'newsdig.tbs.co.jp', outlet: 'TBS NEWS DIG' },
  { host: 'news.tv-asahi.co.jp', outlet: 'テレ朝news' },
  { host: 'fnn.jp', outlet: 'FNNプライムオンライン' },
  { host: 'txbiz.tv-tokyo.co.jp', outlet: 'テレ東BIZ' },
  { host: 'bunshun.jp', outlet: '文春オンライン' },
  { host: 'toyokeizai.net', outlet: '東洋経済オンライン' },
  { host: 'news.yahoo.co.jp', outlet: 'Yahoo!ニュース' },
  { host: 'jp.reuters.com', outlet: 'ロイター' },
  { host: 'reuters.com', outlet: 'Reuters' },
  { host: 'bloomberg.co.jp', outlet: 'ブルームバーグ' },
  { host: 'bloomberg.com', outlet: 'Bloomberg' },
  { host: 'apnews.com', outlet: 'Associated Press' },
  { host: 'afpbb.com', outlet: 'AFP通信' },
  { host: 'afp.com', outlet: 'AFP' },
  { host: 'bbc.co.uk', outlet: 'BBC News' },
  { host: 'bbc.com', outlet: 'BBC News' },
  { host: 'cnn.com', outlet: 'CNN' },
  { host: 'nytimes.com', outlet: 'The New York Times' },
  { host: 'washingtonpost.com', outlet: 'The Washington Post' },
  { host: 'theguardian.com', outlet: 'The Guardian' },
  { host: 'ft.com', outlet: 'Financial Times' },
  { host: 'wsj.com', outlet: 'The Wall Street Journal' },
  { host: 'japantimes.co.jp', outlet: 'The Japan Times' },
  { host: 'politico.com', outlet: 'Politico' },
  { host: 'politico.eu', outlet: 'Politico' },
  { host: 'axios.com', outlet: 'Axios' },
  { host: 'npr.org', outlet: 'NPR' },
  { host: 'aljazeera.com', outlet: 'Al Jazeera' },
  { host: 'economist.com', outlet: 'The Economist' },
  { host: 'lemonde.fr', outlet: 'Le Monde' },
  { host: 'spiegel.de', outlet: 'Der Spiegel' },
  // Video sites: their links and embedded players become `video` sources.
  { host: 'youtube.com', outlet: 'YouTube', kind: 'video' },
  { host: 'youtube-nocookie.com', outlet: 'YouTube', kind: 'video' },
  { host: 'youtu.be', outlet: 'YouTube', kind: 'video' },
  { host: 'live.nicovideo.jp', outlet: 'ニコニコ生放送', kind: 'video', stem: 'niconico-live' },
  { host: 'nicovideo.jp', outlet: 'ニコニコ動画', kind: 'video', stem: 'niconico' },
  { host: 'nico.ms', outlet: 'ニコニコ動画', kind: 'video', stem: 'niconico' },
  { host: 'tver.jp', outlet: 'TVer', kind: 'video' },
  { host: 'abema.tv', outlet: 'ABEMA', kind: 'video' },
  { host: 'vimeo.com', outlet: 'Vimeo', kind: 'video' },
];

/** The entry for a URL's host: the extra table first, then the built-in one; the longest host wins. */
export function findOutletHost(url: string, extra: readonly OutletHost[] = []): OutletHost | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  for (const table of [extra, KNOWN_OUTLET_HOSTS]) {
    let best: OutletHost | undefined;
    for (const entry of table) {
      const name = entry.host.toLowerCase().replace(/^www\./u, '');
      if ((host === name || host.endsWith(`.${name}`)) && (!best || name.length > best.host.length))
        best = entry;
    }
    if (best) return best;
  }
  return undefined;
}

/** The stem of source ids for an entry: its own, or the text importer's for the outlet. */
export function hostStem(entry: OutletHost): string {
  return entry.stem ?? outletStem(entry.outlet);
}

/**
 * The canonical watch URL of an embedded player (`youtube.com/embed/ID`,
 * `embed.nicovideo.jp/watch/sm…`), or undefined for anything else.
 */
export function videoWatchUrl(src: string): string | undefined {
  let url: URL;
  try {
    url = new URL(src, 'https://invalid.invalid/');
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase();
  const youtube = /^\/embed\/([\w-]{6,20})$/u.exec(url.pathname);
  if (youtube && /(^|\.)youtube(-nocookie)?\.com$/u.test(host))
    return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const nico = /^\/watch\/([a-z]{2}\d{1,12})$/u.exec(url.pathname);
  if (nico && host === 'embed.nicovideo.jp') return `https://www.nicovideo.jp/watch/${nico[1]}`;
  return undefined;
}
