import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Section, toPlainText } from '@kiji/core';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';

const readme = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../README.md'), 'utf8');

describe('the README example', () => {
  it('imports to what the README shows', () => {
    const input = /Input \(`page\.txt`\):\n\n```text\n([\s\S]*?)```/u.exec(readme)?.[1];
    expect(input).toBeDefined();
    const { article, warnings } = importText(input!);
    expect(article.meta).toEqual({
      title: '会談で同盟強化に合意',
      kicker: '速報',
      publisher: { name: 'ニュース速報' },
      language: 'ja',
      published: '2025-10-28',
    });
    expect(article.children.map((node) => node.type)).toEqual(['lede', 'section', 'conclusion']);
    const section = article.children[1] as Section;
    expect(section.children.map((node) => node.type)).toEqual(['paragraph', 'quote', 'section']);
    expect(toPlainText((section.children[2] as Section).heading)).toBe('防衛力の要素');
    expect((section.children[2] as Section).children[0]!.type).toBe('termList');
    expect(article.sources).toEqual([
      {
        id: 'source-1',
        outlet: '東西新聞',
        title: '首脳会談、同盟強化で合意',
        url: 'https://example.com/a',
        kind: 'article',
      },
    ]);
    expect(warnings).toEqual([
      { line: 22, code: 'boilerplate', message: 'dropped comment form: "コメント"' },
    ]);
    expect(readme).toContain('line 22: dropped comment form: "コメント"');
  });
});
