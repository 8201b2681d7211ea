// Measures the two main-content extractors Kiji could use, Mozilla Readability and defuddle, on
// linkedom and on jsdom, over the saved pages of @kiji/fixtures: body phrases kept, furniture
// phrases leaked, and time. defuddle and jsdom are not dependencies of Kiji; install them next to
// this script first, in a scratch copy or with --no-save:
//
//   cd packages/import-html && npm install --no-save defuddle@0.19.4 jsdom@26.1.0
//   node scripts/compare-extractors.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const defuddle = await import('defuddle');
const Defuddle = defuddle.Defuddle ?? defuddle.default;
const { JSDOM } = await import('jsdom');
const pagesDir = new URL('../../fixtures/pages/', import.meta.url);

/** Phrases of each page's article that must be kept, and of its furniture that must not. */
const cases = {
  '01-daily-ja-jsonld': {
    want: [
      '東京都内で約1時間半',
      '戦後最も厳しい',
      'かつてなく強固',
      'レアアースの精錬',
      '会談の冒頭で握手',
      '5500億ドル',
      '同盟を深める節目',
      '経済安全保障',
      '重要鉱物',
    ],
    not: [
      'クッキー',
      'アクセスランキング',
      '株価、一時急落',
      '会社案内',
      'リンクをコピー',
      '首脳会談を前に閣僚',
      '広告',
      'Copyright',
    ],
  },
  '02-wire-en': {
    want: [
      'Japan and the United States agreed',
      'about 90 minutes',
      'working group within 60 days',
      'a new chapter',
      'co-produce missiles',
      'Sixty days is ambitious',
      'Reporting by',
    ],
    not: [
      'Skip to content',
      'Markets',
      'Share this article',
      'Yen slips',
      'Terms of use',
      'Trust Principles',
      'Leaders arrive',
    ],
  },
  '03-blog-ja-sidebar': {
    want: [
      '最後まで見てしまいました',
      'ノーカット版',
      '新たな高み',
      'コメントの流れ',
      '思ったより長かった',
      '次回の閣僚協議',
    ],
    not: [
      'プロフィール',
      '月別アーカイブ',
      'スポンサーリンク',
      '格安SIM',
      'はてなブックマーク',
      '前の記事',
      'Powered by',
      'メールアドレスが公開',
      '通勤電車',
    ],
  },
  '04-news-en-ads': {
    want: [
      'entered into force on Thursday',
      'social scoring',
      'subliminal techniques',
      'untargeted scraping',
      'regulating itself out',
      "Commission's headquarters",
      'video explainer',
      'until August 2026',
    ],
    not: [
      'Advertisement',
      'Sign up for our free',
      'Chatbots face',
      'Most read',
      'Heatwave',
      'Doctors stunned',
      'Cookie settings',
      '48 comments',
    ],
  },
  '05-sjis-ja': {
    want: ['安全保障と経済の両面', '作業部会を設ける', '人手不足', '港湾計画の見直し', '注視したい'],
    not: ['トップページ', 'お問い合わせ', '無断転載', 'ページの先頭へ'],
  },
  '07-hostile': {
    want: [
      'voted 7 to 2',
      'Click for details',
      'cost estimate of <script>',
      'goes to the prefecture',
      'Deeply nested',
      'Next paragraph after unclosed',
    ],
    not: ['alert(8)', 'alert(26)', 'hidden template', 'Enable JavaScript'],
  },
};

function decode(bytes) {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = /charset=["']?([\w-]+)/iu.exec(head)?.[1] ?? 'utf-8';
  return new TextDecoder(label).decode(bytes);
}

const textOf = (html) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.textContent.replace(
    /\s+/gu,
    ' ',
  );

const url = 'https://example.com/';
const extractors = {
  'readability + linkedom': (html) => new Readability(parseHTML(html).document).parse()?.content ?? '',
  'readability + jsdom': (html) => new Readability(new JSDOM(html).window.document).parse()?.content ?? '',
  'defuddle + linkedom': (html) => new Defuddle(parseHTML(html).document, { url }).parse()?.content ?? '',
  'defuddle + jsdom': (html) =>
    new Defuddle(new JSDOM(html, { url }).window.document, { url }).parse()?.content ?? '',
};

// defuddle reports a JSON-LD block that is not JSON on the console.
console.error = () => {};
const pages = readdirSync(pagesDir)
  .filter((name) => name.endsWith('.html'))
  .map((name) => ({
    name: name.replace(/\.html$/u, ''),
    html: decode(readFileSync(new URL(name, pagesDir))),
  }))
  .filter((page) => page.name in cases);

for (const [name, extract] of Object.entries(extractors)) {
  let kept = 0;
  let wanted = 0;
  let leaked = 0;
  let furniture = 0;
  let milliseconds = 0;
  const notes = [];
  for (const page of pages) {
    extract(page.html);
    const start = performance.now();
    let out = '';
    for (let run = 0; run < 20; run++) out = extract(page.html);
    milliseconds += (performance.now() - start) / 20;
    const text = textOf(out);
    for (const phrase of cases[page.name].want) {
      wanted++;
      if (text.includes(phrase)) kept++;
      else notes.push(`${page.name}: lost "${phrase}"`);
    }
    for (const phrase of cases[page.name].not) {
      furniture++;
      if (text.includes(phrase)) {
        leaked++;
        notes.push(`${page.name}: leaked "${phrase}"`);
      }
    }
  }
  console.log(
    `${name}: kept ${kept}/${wanted}, leaked ${leaked}/${furniture}, ${milliseconds.toFixed(0)} ms`,
  );
  for (const note of notes) console.log(`  ${note}`);
}
