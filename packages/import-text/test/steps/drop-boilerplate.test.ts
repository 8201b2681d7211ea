import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../src/steps/drop-boilerplate.js';
import type { ImportWarning } from '../../src/types.js';
import { toLines } from '../helpers.js';

function drop(text: string) {
  const warnings: ImportWarning[] = [];
  const kept = dropBoilerplate(toLines(text), warnings)
    .map((line) => line.text)
    .filter((line) => line !== '');
  return { kept, warnings };
}

describe('dropBoilerplate', () => {
  it.each([
    'コメント',
    '3件のコメント',
    'コメントを残す',
    'タイトルとURLをコピーしました',
    'URLをコピーしました!',
    'シェアする',
    'ツイート',
    'Facebook Twitter LINE',
    'シェア | ツイート | はてブ',
    'Share this:',
    'Like this:',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'メールアドレスが公開されることはありません。 * が付いている欄は必須項目です',
    'Name *',
    'Post Comment',
    '前の記事',
    '次の記事へ',
    '« Previous post',
    'Next post »',
    'ホーム > 政治 > 外交',
    '関連記事',
    'スポンサーリンク',
    'Advertisement',
    '© 2024 Example News',
    'Copyright 2025 Example Inc. All rights reserved.',
    '---',
    '＊＊＊',
  ])('drops %j and reports it', (line) => {
    const { kept, warnings } = drop(`Title\n\nBody text.\n${line}\nMore body text.`);
    expect(kept).toEqual(['Title', 'Body text.', 'More body text.']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.line).toBe(4);
    expect(warnings[0]!.message).toContain(line.length > 60 ? line.slice(0, 60) : line);
  });

  it.each([
    'コメントは、記者会見の最後に読み上げられた。',
    'Share prices fell after the announcement.',
    'Follow the money, investigators said.',
    'Copyright law is changing in the EU.',
    'Home prices rose for the third month.',
    'Name the five biggest risks.',
    'Next year the plan will be reviewed.',
    '前の記事で紹介したとおり、議論は続いている。',
  ])('keeps %j: furniture words inside real sentences stay', (line) => {
    const { kept, warnings } = drop(`Title\n\n${line}`);
    expect(kept).toEqual(['Title', line]);
    expect(warnings).toEqual([]);
  });

  it('drops a repeat of the first line (the title), even with different spacing, and keeps the first', () => {
    const { kept, warnings } = drop('【速報】見出し\nサイト名\n【速報】 見出し\n本文です。');
    expect(kept).toEqual(['【速報】見出し', 'サイト名', '本文です。']);
    expect(warnings[0]).toMatchObject({ line: 3, code: 'boilerplate' });
    expect(warnings[0]!.message).toContain('repeated title');
  });

  it('keeps the line break where a line was dropped, so paragraphs stay apart', () => {
    const lines = dropBoilerplate(toLines('a\nシェア\nb'), []);
    expect(lines.map((line) => line.text)).toEqual(['a', '', 'b']);
  });

  it('drops a table of contents whose entries reappear as headings below', () => {
    const text =
      'Title\n\n目次\n[非表示]\n\n1. はじめに\n2. 本題\n 2.1 詳細\n\nリード。\n\n1. はじめに\n\n本文。\n\n2. 本題\n\n本文。\n\n2.1 詳細\n\n本文。';
    const { kept, warnings } = drop(text);
    expect(kept.slice(0, 3)).toEqual(['Title', 'リード。', '1. はじめに']);
    expect(warnings.map((w) => w.line)).toEqual([3, 4, 6, 7, 8]);
    expect(warnings.every((w) => w.message.includes('table of contents'))).toBe(true);
  });

  it('keeps a 目次 list whose entries are not headings of the text', () => {
    const { kept, warnings } = drop('Title\n\n目次\n\n・りんご\n・みかん\n\n本文。');
    expect(kept).toEqual(['Title', '目次', '・りんご', '・みかん', '本文。']);
    expect(warnings).toEqual([]);
  });

  it('drops a navigation menu of three or more short lines above the headline', () => {
    const { kept, warnings } = drop('ホーム\nニュース\n経済\n\n円相場、一時150円台に\n\n本文です。');
    expect(kept).toEqual(['円相場、一時150円台に', '本文です。']);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [1, 'dropped navigation menu: "ホーム"'],
      [2, 'dropped navigation menu: "ニュース"'],
      [3, 'dropped navigation menu: "経済"'],
    ]);
  });

  it('keeps a short title and site label above the body', () => {
    expect(drop('Hello world\nMy Blog\n\nThe first paragraph is long enough.').kept).toEqual([
      'Hello world',
      'My Blog',
      'The first paragraph is long enough.',
    ]);
    expect(drop('A\nB\nC\n\nこれは本文の文です。').warnings).toEqual([]);
  });

  it.each(['最終更新:10/28(火) 10:20', 'Last updated: 2025-10-29 09:00', 'Updated 29 Oct 2025'])(
    'drops the update stamp %j',
    (line) => {
      expect(drop(`Title\n\nBody.\n\n${line}`).kept).toEqual(['Title', 'Body.']);
    },
  );

  it('drops a repeat of the title without its kicker or its | Site suffix', () => {
    expect(drop('【速報】会談で合意した\n会談で合意した\n本文。').kept).toEqual([
      '【速報】会談で合意した',
      '本文。',
    ]);
    expect(drop('Talks end in Tokyo | Example Times\nTalks end in Tokyo\nBody.').kept).toEqual([
      'Talks end in Tokyo | Example Times',
      'Body.',
    ]);
  });
});

describe('dropBoilerplate on lines built to make patterns backtrack', () => {
  it('rejects a long breadcrumb-like line at once (two \\s* per step once took minutes)', () => {
    const line = `ホーム/o${'    /t'.repeat(30)}${'トップ'.repeat(20)}    x`;
    expect(drop(`${line}\n\n本文です。`).kept).toEqual([line, '本文です。']);
  });

  it('still drops a breadcrumb', () => {
    expect(drop('ホーム > 政治 > 外交\n\n本文です。').kept).toEqual(['本文です。']);
  });
});
