import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseMarkdown, toMarkdown } from '../src/index.js';

// Every ```markdown block of the README is followed by the ```json it gives: parse one, compare
// with the other, so the documentation cannot drift from the parser.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const frontMatter = /```yaml\n(---\n[\s\S]*?\n---\n)```/.exec(readme)?.[1];
const examples = [...readme.matchAll(/```markdown\n([\s\S]*?)\n```\n\n```json\n([\s\S]*?)\n```/g)].map(
  ([, markdown, json]) => ({ markdown: markdown!, json: JSON.parse(json!) as Record<string, unknown> }),
);

describe('README examples', () => {
  test('are found', () => {
    expect(frontMatter).toBeDefined();
    expect(examples.length).toBeGreaterThanOrEqual(14);
    expect(readme.match(/```markdown\n/g)).toHaveLength(examples.length);
  });
  for (const [index, { markdown, json }] of examples.entries()) {
    test(`${index + 1}: ${markdown.split('\n')[0]}`, () => {
      const text = markdown.startsWith('---\n') ? `${markdown}\n` : `${frontMatter}\n${markdown}\n`;
      const article = parseMarkdown(text, { file: 'README.md' }) as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(json)) expect(article[key], key).toEqual(value);
      // And the example survives being written out again.
      expect(parseMarkdown(toMarkdown(article as never))).toEqual(article);
    });
  }
});
