import { describe, expect, it } from 'vitest';
import { detectLanguage, displayWidth, endsSentence, endsWithEllipsis, splitSentences } from '../src/text.js';

describe('text helpers', () => {
  it('detects Japanese when the text is mostly Japanese, even with Latin names', () => {
    expect(detectLanguage('日テレNEWSとANNnewsCHの動画によると、会談は成功した。')).toBe('ja');
    expect(detectLanguage('The summit in Tokyo (東京) ended with a joint statement on security.')).toBe('en');
    expect(detectLanguage('中国語の文')).toBe('ja');
    expect(detectLanguage('中国外交部发言人表示')).toBe('en');
    expect(detectLanguage('')).toBe('en');
  });

  it('knows how sentences end', () => {
    expect(endsSentence('会談した。')).toBe(true);
    expect(endsSentence('「確認した」')).toBe(true);
    expect(endsSentence('「日本とし')).toBe(false);
    expect(endsWithEllipsis('首脳会談の …')).toBe(true);
    expect(endsWithEllipsis('and then...')).toBe(true);
  });

  it('splits Japanese and English sentences', () => {
    expect(splitSentences('一文目。二文目！三文目')).toEqual(['一文目。', '二文目！', '三文目']);
    expect(splitSentences('One. Two? Three')).toEqual(['One.', 'Two?', 'Three']);
  });

  it('counts CJK characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本')).toBe(4);
  });
});
