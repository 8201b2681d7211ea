import { p, quote, section, source } from '@kiji/core';
import { describe, expect, it } from 'vitest';
import { lintArticle, locateInText } from '../src/index.js';
import { ja } from './helpers.js';

const at = (text: string, line: number, column: number) => text.split('\n')[line - 1]!.slice(column - 1);

describe('locateInText', () => {
  it('finds text findings at their character, matching repeated sentences in order', () => {
    const text = [
      '日米首脳会談',
      '',
      '首相は合意した。',
      '',
      '首相は合意した。「同盟',
      '',
      '## 安全保障「',
      '',
    ].join('\n');
    const doc = ja(
      [p('首相は合意した。'), p('首相は合意した。「同盟'), section('安全保障「', ['本文。'])],
      [],
      {
        title: '日米首脳会談',
      },
    );
    const findings = lintArticle(doc, {
      locate: locateInText(text, doc),
      rules: { 'unbalanced-brackets': 'error' },
    });
    const places = findings.map((finding) => [finding.path, finding.line, finding.column]);
    expect(places).toEqual([
      ['children[1].children[0]', 5, 9],
      ['children[2].heading[0]', 7, 8],
    ]);
    expect(at(text, 5, 9)).toMatch(/^「/);
    expect(at(text, 7, 8)).toBe('「');
  });

  it('places a block by its first text and a source by its title', () => {
    const text = '本文です。\n\n毎日新聞の「日米首脳会談」は次のように伝えた。\n\n合意した。\n';
    const mainichi = source({ id: 'm', outlet: '毎日新聞', title: '日米首脳会談', kind: 'article' });
    const doc = ja(
      [
        '本文です。',
        p('毎日新聞の「日米首脳会談」は次のように伝えた。'),
        quote({ source: 'm' }, '合意した。'),
      ],
      [mainichi],
    );
    const locate = locateInText(text, doc);
    expect(locate({ rule: 'x', severity: 'info', message: '', path: 'children[2]' })).toEqual({
      line: 5,
      column: 1,
    });
    expect(locate({ rule: 'x', severity: 'info', message: '', path: 'sources[0]' })).toEqual({
      line: 3,
      column: 7,
    });
    expect(locate({ rule: 'x', severity: 'info', message: '', path: 'children[9]' })).toBeUndefined();
  });
});
