import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../src/worker/check-article.js';

const flagship = readFileSync(new URL('../../../examples/summit-2025/article.md', import.meta.url), 'utf8');
const flagshipJson = readFileSync(
  new URL('../../../examples/summit-2025/article.json', import.meta.url),
  'utf8',
);

describe('checkArticle', () => {
  it('reads the flagship and places every lint finding on a line of the Markdown', () => {
    const { article, items } = checkArticle(flagship, 'summit-2025.md');
    expect(article?.meta.title).toContain('日米首脳会談2025');
    const findings = items.filter((item) => item.kind === 'finding');
    expect(findings.length).toBeGreaterThan(0);
    const lines = flagship.split('\n');
    for (const finding of findings) {
      expect(finding.line, finding.message).toBeGreaterThan(0);
      expect(lines[finding.line! - 1]).toBeDefined();
    }
    // The truncated quote finding points at where the quote's text is cut off.
    const truncated = findings.find((item) => item.rule === 'truncated-quote')!;
    const line = lines[truncated.line! - 1]!;
    expect(line).toContain('防衛費の増額に関しては');
    expect(line.slice(0, truncated.column!)).toMatch(/日本とし$/);
  });

  it('lists a Markdown syntax or schema problem with its line instead of throwing', () => {
    const broken = flagship.replace('language: ja\n', '');
    const { article, items } = checkArticle(broken, 'draft.md');
    expect(article).toBeUndefined();
    expect(items).toContainEqual(
      expect.objectContaining({ kind: 'problem', severity: 'error', path: 'meta.language', line: 1 }),
    );
  });

  it('places a JSON problem known only by its path at that place in the text', () => {
    const json = JSON.parse(flagshipJson);
    json.children[1].type = 'sektion';
    const text = JSON.stringify(json, null, 2);
    const { items } = checkArticle(text, 'a.json');
    const problem = items.find((item) => item.path?.startsWith('children[1]'))!;
    expect(problem).toBeDefined();
    expect(text.split('\n')[problem.line! - 1]).toMatch(/\{|"type"/);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const { items } = checkArticle('{\n  "type": "article",\n  oops\n}', 'a.json');
    expect(items[0]).toMatchObject({ kind: 'problem', line: 3 });
  });
});
