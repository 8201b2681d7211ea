import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmePath, updatedReadme } from '../scripts/rules-doc.js';
import { rules } from '../src/index.js';

describe('README', () => {
  const readme = readFileSync(readmePath, 'utf8');

  it('documents the current rule registry (run `pnpm --filter @kiji/lint readme` after changing a rule)', () => {
    expect(readme).toBe(updatedReadme(readme));
  });

  it('has a section with example and fix for every rule', () => {
    for (const rule of rules) {
      expect(readme).toContain(`### \`${rule.id}\``);
      expect(readme).toContain(`- **Example:** ${rule.example}`);
      expect(readme).toContain(`- **Fix:** ${rule.fix}`);
    }
  });
});

describe('rule registry', () => {
  it('has unique kebab-case ids, each in its own file', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(() => readFileSync(new URL(`../src/rules/${id}.ts`, import.meta.url))).not.toThrow();
    }
  });
});
