import {
  type Article,
  aside,
  cite,
  conclusion,
  figure,
  li,
  link,
  p,
  quote,
  section,
  source,
  strong,
  term,
  terms,
  ul,
} from '@kiji/core';
import { describe, expect, it } from 'vitest';
import { type RuleId, ruleIds } from '../src/index.js';
import { en, findingsOf, ja, mainichi } from './helpers.js';

const cited = (text: string) => p(text, cite('mainichi'), '。');

/** For every rule: articles it must report and articles it must leave alone. */
const cases: Record<RuleId, { fails: Article[]; passes: Article[] }> = {
  'unbalanced-brackets': {
    fails: [
      ja(['首相は「同盟を強化する、と述べた。']),
      ja(['首相は同盟を強化する」と述べた。']),
      ja(['『日本経済新聞（電子版」によると']),
      ja(['同盟の強化）を確認した。']),
      ja([section('安全保障「強化', ['本文。'])]),
      en(['He said “we agree.']),
      en(['He said: “We agree on deterrence.', 'Then he left.']),
      en(['He said "we agree, and left.']),
    ],
    passes: [
      ja(['首相は「同盟を『黄金時代』に」と述べた（共同）。']),
      en(['It’s the leaders’ “golden age”, he said. See point 1) below.']),
      en([p('1) first point'), p('a) second point')]),
      ja([p('１）抑止力の強化。'), p('論点は二つ。1）防衛費、2）同盟の役割。'), p('ア）経済')]),
      // A quotation over several paragraphs: each opens, only the last closes.
      en(['He said: “We agree on deterrence.', '“We agree on the budget.”']),
      en(['He said "we agree" and left.', 'He said: "We agree.', '"We really do."']),
      // A cut-off quote marked truncated may leave its bracket open.
      ja([quote({ source: 'mainichi', truncated: true }, '防衛費の増額に関しては「日本とし')], [mainichi]),
    ],
  },
  'untruncated-cut-quote': {
    fails: [
      ja(
        [quote({ source: 'mainichi' }, '会談の焦点の一つだった防衛費の増額に関しては「日本とし')],
        [mainichi],
      ),
      ja(
        [quote({ source: 'mainichi' }, 'トランプ大統領と高市首相が迎賓館で握手。9:53頃 首脳会談の …')],
        [mainichi],
      ),
      en([quote({ source: 'mainichi' }, 'The two leaders agreed that the alliance')], [mainichi]),
      en([quote({ source: 'mainichi' }, 'The two leaders agreed...')], [mainichi]),
      ja([quote({ source: 'mainichi' }, '抑止力を強化し、')], [mainichi]),
    ],
    passes: [
      ja([quote({ source: 'mainichi' }, '同盟の抑止力を一層強化することを確認した。')], [mainichi]),
      // Lifted out of 「」 without 。, ending in a sentence-final form or a noun.
      ja([quote({ source: 'mainichi' }, '同志国連携を一層推進していくことを確認した')], [mainichi]),
      ja([quote({ source: 'mainichi' }, '首相は記者団に「黄金時代を共に」と強調')], [mainichi]),
      ja([quote({ source: 'mainichi' }, '「日米同盟の黄金時代を共に」')], [mainichi]),
      ja([quote({ source: 'mainichi', truncated: true }, '防衛費の増額に関しては「日本とし')], [mainichi]),
      en([quote({ source: 'mainichi' }, 'We agreed to strengthen the alliance.')], [mainichi]),
      // A post that closes on the address it points to is not cut off.
      ja([quote({ source: 'mainichi' }, '着工を2年遅らせる。 https://example.com/news/1')], [mainichi]),
    ],
  },
  'truncated-quote': {
    fails: [
      ja([quote({ source: 'mainichi', truncated: true }, '防衛費の増額に関しては「日本とし')], [mainichi]),
    ],
    passes: [ja([quote({ source: 'mainichi' }, '同盟の抑止力を一層強化することを確認した。')], [mainichi])],
  },
  'quote-without-source': {
    fails: [
      ja([quote({}, '同盟の抑止力を一層強化することを確認した。')]),
      ja([quote({ source: 'nikkei' }, '同盟の抑止力を一層強化することを確認した。')], [mainichi]),
    ],
    passes: [ja([quote({ source: 'mainichi' }, '同盟の抑止力を一層強化することを確認した。')], [mainichi])],
  },
  'reference-without-source': {
    fails: [
      ja(['毎日新聞によると、両首脳は抑止力の強化で合意した。'], [mainichi]),
      ja(['地元紙の記事によれば、会談は予定より長引いた。']),
      ja([
        '読売新聞の記事「[詳報]専用機「エアフォース・ワン」で出発…写真もSNSに投稿」は、次のように伝えている。',
      ]),
      ja([p('両首脳は合意した', cite('nikkei'), '。')], [mainichi]),
      en(['According to the Mainichi report, the leaders agreed.']),
      en(
        ['The Yomiuri Shimbun reported that the leaders agreed.'],
        [{ ...mainichi, outlet: 'Yomiuri Shimbun' }],
      ),
    ],
    passes: [
      ja([p('毎日新聞によると', cite('mainichi'), '、両首脳は合意した。')], [mainichi]),
      ja([p(link('https://mainichi.jp/', '毎日新聞'), 'の記事によると、両首脳は合意した。')]),
      ja(
        [
          '毎日新聞は次のように伝えている。',
          quote({ source: 'mainichi' }, '同盟の抑止力を一層強化することを確認した。'),
        ],
        [mainichi],
      ),
      // Conveying something is not citing a publication.
      ja(['首相はトランプ氏に懸念を伝えた。']),
      ja(['両首脳はテレビ会談で懸念を伝えた。']),
      ja(['首相は「SNSへの投稿」について懸念を伝えた。']),
      en(['Providers must run post-market monitoring, and serious incidents must be reported.']),
      en(['According to officials, the meeting ran long.']),
    ],
  },
  'unused-source': {
    fails: [ja(['両首脳は合意した。'], [mainichi])],
    passes: [
      ja([cited('両首脳は合意した')], [mainichi]),
      ja(['両首脳は合意した。']),
      ja([p(link(mainichi.url!, '毎日新聞'), 'によると、両首脳は合意した。')], [mainichi]),
    ],
  },
  'source-url': {
    fails: [
      ja([cited('合意した')], [source({ id: 'mainichi', outlet: '毎日新聞', kind: 'article' })]),
      ja([cited('合意した')], [{ ...mainichi, url: 'http://mainichi.jp/articles/1' }]),
      ja([cited('合意した')], [{ ...mainichi, url: 'javascript:alert(1)' }]),
    ],
    passes: [ja([cited('合意した')], [mainichi])],
  },
  'leftover-boilerplate': {
    fails: [
      ja(['両首脳は合意した。', 'コメント', 'タイトルとURLをコピーしました']),
      ja([section('コメント', ['本文。'])]),
      ja([ul('シェアする')]),
      en(['The leaders agreed.', 'Share this:', 'Leave a comment below and subscribe.']),
    ],
    passes: [
      ja(['首相はコメントを控えた。', 'SNSでシェアされた写真が話題になった。']),
      en(['Readers may leave comments on the site.']),
    ],
  },
  'empty-heading': {
    fails: [
      ja([section('', ['本文。'])]),
      ja([section(' ', ['本文。'])]),
      ja([conclusion([], ['まとめ。'])]),
    ],
    passes: [ja([section('安全保障', ['本文。']), conclusion(undefined, ['まとめ。'])])],
  },
  'duplicate-heading': {
    fails: [
      ja([section('安全保障', ['本文。']), section('安全保障', ['本文。'])]),
      ja([section('ＡＩ規制', ['本文。']), section('AI規制', ['本文。'])]),
      ja([section('総括', ['本文。']), conclusion('総括', ['まとめ。'])]),
    ],
    passes: [
      ja([
        section('経済', [section('背景', ['本文。'])]),
        section('安全保障', [section('背景', ['本文。'])]),
      ]),
    ],
  },
  'mixed-digit-width': {
    fails: [ja(['２０２５年10月28日、会談した。']), ja(['10月28日と29日に会談した。', '第１回の会合。'])],
    passes: [ja(['2025年10月28日、会談した。']), ja(['２０２５年１０月２８日、会談した。'])],
  },
  'typewriter-punctuation': {
    fails: [
      en(['"We have waited long enough," said Amy Chen.']),
      en(['The council voted on Tuesday - a plan that had stalled.']),
      ja(['彼は"同盟"という言葉を使った。']),
    ],
    passes: [
      en(['“We have waited long enough,” said Amy Chen — it’s done.']),
      en(["It's a plan for 7-2 votes and well-known roads."]),
      ja(['首相は「同盟を強化する」と述べた。']),
    ],
  },
  'missing-date': {
    fails: [ja(['本文。'], [], { published: undefined })],
    passes: [ja(['本文。'])],
  },
  'date-contradiction': {
    fails: [
      ja(['2025年10月29日、両首脳は会談した。']),
      ja(['11月3日、両首脳は共同声明を出した。']),
      en(['On 30 October 2025 the leaders met in Tokyo.']),
      en(['On October 30, the leaders met.']),
      ja(['2025年10月30日、両首脳は会談した。'], [], { updated: '2025-10-28T18:00:00+09:00' }),
    ],
    passes: [
      ja(['2025年10月28日、両首脳は会談した。10月27日に来日した。']),
      ja(['両首脳は11月10日に再び会談する予定だ。']),
      ja(['2025年10月29日、両首脳は会談した。'], [], { updated: '2025-10-30' }),
      // Published late on the 28th in New York: already the 29th in Tokyo.
      ja(['2025年10月29日、両首脳は会談した。'], [], { published: '2025-10-28T22:00:00-05:00' }),
      // Without a year, a date more than two months ahead is last year's: December 2024 here.
      ja(['12月28日に合意した。'], [], { published: '2025-01-05' }),
      ja(['1月20日に就任したトランプ大統領は、2月に来日した。']),
      en(['The rules will apply from 2 August 2026.']),
      en([ul('2 August 2026: the remaining obligations apply.')]),
      ja(['27日から29日まで滞在する。']),
    ],
  },
  'invalid-date': {
    fails: [
      ja(['2025年10月28日（水）、両首脳は会談した。']),
      ja(['10月28日(月曜日)に会談した。']),
      ja(['2025年2月30日に会談した。']),
      ja(['2月30日に会談した。']),
      ja(['1月20日（火）に就任した。']),
      en(['On Wednesday, October 28, 2025 the leaders met.']),
      ja(['28日（水）に会談した。']),
    ],
    passes: [
      ja(['2025年10月28日（火）、両首脳は会談した。']),
      ja(['10月28日(火曜日)に会談した。28日（火）の会談。']),
      en(['On Tuesday, October 28, 2025 the leaders met.']),
      ja(['令和7年10月28日（火）の会談。']),
      // 2025-01-20 was a Monday; the date is read in the article's year, not the nearest one.
      ja(['1月20日（月）に就任した。']),
      ja(['2月29日に合意した。'], [], { published: '2025-03-01' }),
    ],
  },
  'long-paragraph': {
    fails: [ja(['あ'.repeat(301)]), en([Array.from({ length: 151 }, () => 'word').join(' ')])],
    passes: [
      ja(['あ'.repeat(300)]),
      en([Array.from({ length: 150 }, () => 'word').join(' ')]),
      ja([quote({ source: 'mainichi' }, `${'あ'.repeat(400)}。`)], [mainichi]),
      // An English paragraph with a Japanese term counts words.
      en([`${Array.from({ length: 100 }, () => 'word').join(' ')} 抑止力`]),
    ],
  },
};

describe('every rule', () => {
  it('has failing and passing cases here', () => {
    expect(Object.keys(cases).sort()).toEqual([...ruleIds].sort());
  });

  for (const id of ruleIds) {
    describe(id, () => {
      for (const [index, doc] of cases[id].fails.entries()) {
        it(`reports failing case ${index + 1}`, () => {
          const findings = findingsOf(id, doc);
          expect(findings.length).toBeGreaterThan(0);
          for (const finding of findings) {
            expect(finding.message).not.toBe('');
            expect(finding.fix).toBeTruthy();
          }
        });
      }
      for (const [index, doc] of cases[id].passes.entries()) {
        it(`accepts passing case ${index + 1}`, () => {
          expect(findingsOf(id, doc)).toEqual([]);
        });
      }
    });
  }
});

describe('finding details', () => {
  it('points at the text node and the offset of an unclosed bracket', () => {
    const doc = ja(['前文。', p('首相は', strong('「同盟'), 'を強化する、と述べた。')]);
    expect(findingsOf('unbalanced-brackets', doc)).toEqual([
      expect.objectContaining({
        rule: 'unbalanced-brackets',
        path: 'children[1].children[1].children[0]',
        offset: 0,
        message: '"「" is never closed',
      }),
    ]);
  });

  it('names the boilerplate found and its paragraph', () => {
    const findings = findingsOf(
      'leftover-boilerplate',
      ja(['本文。', 'コメント', 'タイトルとURLをコピーしました']),
    );
    expect(findings.map((finding) => finding.path)).toEqual([
      'children[1].children[0]',
      'children[2].children[0]',
    ]);
  });

  it('quotes boilerplate and attributions as written', () => {
    const boilerplate = findingsOf(
      'leftover-boilerplate',
      en(['Thanks. Leave a Comment', 'タイトルとURLをコピーしました']),
    );
    expect(boilerplate.map((finding) => [finding.message, finding.fix])).toEqual([
      ['"Leave a Comment" is page furniture copied with the text', 'delete the phrase'],
      ['"タイトルとURLをコピーしました" is page furniture copied with the text', 'delete this paragraph'],
    ]);
    const [attribution] = findingsOf(
      'reference-without-source',
      ja(['会談した。毎日新聞によると、合意した。']),
    );
    expect(attribution!.message).toBe('"毎日新聞によると" reports a publication without a citation');
    expect(attribution!.offset).toBe(5);
  });

  it('reports the minority digit width only', () => {
    const findings = findingsOf('mixed-digit-width', ja(['２０２５年10月28日、会談した。']));
    expect(findings.map((finding) => finding.message)).toEqual([
      'full-width digits "２０２５" in an article that mostly uses half-width digits (2 places)',
    ]);
    expect(findings[0]!.fix).toBe(
      'write "2025" (kiji import --normalize-width does it for a whole scraped page)',
    );
  });

  it('says which weekday a date really is', () => {
    const [finding] = findingsOf('invalid-date', ja(['2025年10月28日（水）、会談した。']));
    expect(finding!.message).toBe('"2025年10月28日（水）": 2025-10-28 is a Tuesday, not a Wednesday');
    expect(finding!.fix).toBe('write 火 or correct the date');
  });

  it('checks headings, terms and captions, not only paragraphs', () => {
    const doc = ja([
      section('見出し「', [terms(term('抑止力『', '定義。'))]),
      figure({ src: 'a.png', alt: '写真', caption: ['首脳（左'] }),
      aside({ label: '補足' }, ul(li('項目「'))),
    ]);
    expect(findingsOf('unbalanced-brackets', doc).map((finding) => finding.path)).toEqual([
      'children[0].heading[0]',
      'children[0].children[0].children[0].term[0]',
      'children[1].caption[0]',
      'children[2].children[0].children[0].children[0].children[0]',
    ]);
  });

  it('checks the printed metadata too', () => {
    const doc = ja(['2025年10月28日に会談した。'], [], {
      title: '【速報】日米首脳会談「深化する同盟',
      subtitle: '２０２５年の会談',
    });
    expect(findingsOf('unbalanced-brackets', doc)).toEqual([
      expect.objectContaining({ path: 'meta.title', offset: 10, message: '"「" is never closed' }),
    ]);
    expect(findingsOf('mixed-digit-width', doc)).toEqual([
      expect.objectContaining({ path: 'meta.subtitle', offset: 0 }),
    ]);
  });
});
