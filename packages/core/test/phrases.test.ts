import { loadDefaultJapaneseParser } from 'budoux';
import { describe, expect, it } from 'vitest';
import { budouxPhrases, japanesePhrases } from '../src/index.js';
import { jaModel } from '../src/text/phrases/ja-model.js';

const samples = [
  '日米首脳会談2025：同盟の深化と新たな課題',
  '未来を拓く',
  '両首脳は抑止力の強化で一致した。',
  '今日は天気です。',
  'EU AI Act enters into force',
  '「同盟の抑止力、対処力を一層強化する」と述べた。',
  '',
];

describe('japanesePhrases', () => {
  it('cuts text where BudouX does', () => {
    const budoux = loadDefaultJapaneseParser();
    for (const sample of samples) expect(budouxPhrases(sample), sample).toEqual(budoux.parse(sample));
  });

  it('also cuts after closing punctuation and before an opening bracket', () => {
    expect(budouxPhrases('日米首脳会談2025：同盟の深化')[0]).toContain('：同盟の');
    expect(japanesePhrases('日米首脳会談2025：同盟の深化')).toEqual(['日米首脳会談2025：', '同盟の', '深化']);
    expect(japanesePhrases('首相は「強化する」と述べた。')).toEqual([
      '首相は',
      '「強化する」',
      'と',
      '述べた。',
    ]);
    for (const sample of samples) expect(japanesePhrases(sample).join(''), sample).toBe(sample);
  });

  it('keeps a phrase whole', () => {
    expect(japanesePhrases('未来を拓く')).toEqual(['未来を', '拓く']);
    expect(japanesePhrases('今日は天気です。')).toEqual(['今日は', '天気です。']);
  });

  it('carries the model of the budoux version it was generated from', () => {
    const { model } = loadDefaultJapaneseParser() as unknown as { model: Map<string, Map<string, number>> };
    const plain = Object.fromEntries(
      [...model].map(([group, scores]) => [group, Object.fromEntries(scores)]),
    );
    expect(jaModel).toEqual(plain);
  });
});
