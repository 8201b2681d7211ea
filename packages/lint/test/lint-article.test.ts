import { readFileSync } from 'node:fs';
import { article, comment, isInputError, p, parseArticle, quote } from '@kiji/core';
import { loadFixtures } from '@kiji/fixtures';
import { describe, expect, it } from 'vitest';
import { countFindings, formatFinding, lintArticle, locateInJson } from '../src/index.js';
import { ja, mainichi } from './helpers.js';

const messy = ja(
  [
    '首相は「同盟を強化する、と述べた。',
    'あ'.repeat(320),
    quote({ source: 'mainichi', truncated: true }, '日本とし'),
  ],
  [mainichi],
);

describe('lintArticle', () => {
  it('uses each rule’s default severity', () => {
    const findings = lintArticle(messy);
    expect(findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['unbalanced-brackets', 'error'],
      ['long-paragraph', 'warning'],
      ['truncated-quote', 'info'],
    ]);
    expect(countFindings(findings)).toEqual({ error: 1, warning: 1, info: 1 });
  });

  it('switches rules off and overrides severities', () => {
    const findings = lintArticle(messy, {
      rules: { 'unbalanced-brackets': 'off', 'long-paragraph': 'error', 'truncated-quote': 'warning' },
    });
    expect(findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['long-paragraph', 'error'],
      ['truncated-quote', 'warning'],
    ]);
  });

  it('passes rule options through', () => {
    const loose = lintArticle(messy, { rules: { 'long-paragraph': ['warning', { maxCharacters: 400 }] } });
    expect(loose.some((finding) => finding.rule === 'long-paragraph')).toBe(false);
    const strict = lintArticle(ja(['あ'.repeat(120)]), {
      rules: { 'long-paragraph': ['error', { maxCharacters: 100 }] },
    });
    expect(strict).toEqual([
      expect.objectContaining({
        rule: 'long-paragraph',
        severity: 'error',
        message: 'paragraph has 120 characters (limit 100)',
      }),
    ]);
    const phrases = lintArticle(ja(['編集部おすすめの記事はこちら']), {
      rules: { 'leftover-boilerplate': ['error', { phrases: ['おすすめの記事はこちら'] }] },
    });
    expect(phrases.map((finding) => finding.rule)).toEqual(['leftover-boilerplate']);
  });

  it('rejects unknown rules, levels and options with their place', () => {
    const attempt = (rules: unknown) => {
      try {
        lintArticle(messy, { rules: rules as never });
      } catch (error) {
        if (isInputError(error)) return error.problems;
        throw error;
      }
      return [];
    };
    expect(attempt({ 'long-paragrap': 'off' })).toEqual([
      {
        path: 'options.rules.long-paragrap',
        message: 'unknown rule "long-paragrap": did you mean "long-paragraph"?',
      },
    ]);
    expect(attempt({ 'long-paragraph': 'loud' })[0]!.message).toBe(
      '"loud" is not a rule level: use one of off, info, warning, error',
    );
    expect(attempt({ 'long-paragraph': ['warning', { maxLines: 3 }] })[0]).toEqual({
      path: 'options.rules.long-paragraph[1].maxLines',
      message: 'rule "long-paragraph" has no option "maxLines": use maxCharacters, maxWords',
    });
    expect(attempt({ 'long-paragraph': ['warning', { maxCharacters: -1 }] })[0]!.message).toBe(
      'expected a positive number, got -1',
    );
  });

  it('lists findings in document order', () => {
    const doc = ja(['2025年10月28日（水）。', '首相は「同盟。', 'コメント'], [mainichi]);
    expect(lintArticle(doc).map((finding) => finding.path)).toEqual([
      'children[0].children[0]',
      'children[1].children[0]',
      'children[2].children[0]',
      'sources[0]',
    ]);
  });

  it('does not count reader comments as article text', () => {
    const doc = article({
      meta: { title: 't', language: 'ja', published: '2025-10-28' },
      children: ['本文。'],
      comments: [comment({ author: '読者' }, `${'い'.repeat(400)}。毎日新聞によると、11月30日に会談した。`)],
    });
    expect(lintArticle(doc)).toEqual([]);
  });

  it('locates findings in the JSON source by line and column', () => {
    const doc = ja([p('前文。'), p('首相は「同盟。')]);
    const json = JSON.stringify(doc, null, 2);
    const [finding] = lintArticle(parseArticle(JSON.parse(json)), { locate: locateInJson(json) });
    const lines = json.split('\n');
    expect(finding!.line).toBeDefined();
    const line = lines[finding!.line! - 1]!;
    expect(line.slice(finding!.column! - 1, finding!.column!)).toBe('「');
    expect(formatFinding(finding!, 'a.json')).toBe(
      `a.json:${finding!.line}:${finding!.column} error unbalanced-brackets "「" is never closed: add "」" where the bracketed text ends`,
    );
  });

  it('counts escapes when locating inside a JSON string', () => {
    const json = `{"type":"article","schemaVersion":1,"meta":{"title":"t","language":"ja","published":"2025-10-28"},"sources":[],
"children":[{"type":"paragraph","children":[{"type":"text","value":"\\"a\\" \\u3042「b"}]}]}`;
    const finding = lintArticle(parseArticle(JSON.parse(json)), { locate: locateInJson(json) }).find(
      (found) => found.rule === 'unbalanced-brackets',
    );
    expect(finding!.line).toBe(2);
    expect(json.split('\n')[1]!.slice(finding!.column! - 1, finding!.column!)).toBe('「');
  });

  it('formats findings without a line by their JSON path', () => {
    const [finding] = lintArticle(ja(['本文。'], [mainichi]));
    expect(formatFinding(finding!, 'a.json')).toBe(
      'a.json: sources[0]: warning unused-source source "mainichi" (毎日新聞) is never cited: cite it with a source reference or a quote\'s "sourceId": "mainichi", or remove it',
    );
  });
});

describe('the fixture corpus', () => {
  for (const fixture of loadFixtures()) {
    it(`lints ${fixture.name} without throwing, every finding placed`, () => {
      const source = readFileSync(fixture.file, 'utf8');
      const findings = lintArticle(parseArticle(fixture.json), { locate: locateInJson(source) });
      for (const finding of findings) {
        expect(finding.line, `${fixture.name} ${finding.path}`).toBeGreaterThan(0);
        expect(finding.message).not.toBe('');
      }
    });
  }

  it('reports the truncated quote of 007 for a check, and no errors', () => {
    const fixture = loadFixtures().find((candidate) => candidate.name === '007-truncated-quote')!;
    const findings = lintArticle(parseArticle(fixture.json));
    expect(findings.filter((finding) => finding.rule === 'truncated-quote')).toHaveLength(1);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
