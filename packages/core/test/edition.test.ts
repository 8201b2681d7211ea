import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  article,
  editionJsonSchema,
  InputError,
  p,
  parseEditionManifest,
  quote,
  source,
} from '../src/index.js';

const inline = article({
  meta: { title: '記事', language: 'ja', published: '2025-10-28' },
  children: [p('本文。'), quote({ source: 'a' }, '引用')],
  sources: [source({ id: 'a', outlet: '毎日新聞', kind: 'article' })],
});

test('a manifest with paths, sections and an inline article parses', () => {
  const manifest = parseEditionManifest({
    title: '朝のブリーフィング',
    date: '2025-10-29',
    language: 'ja',
    number: 12,
    articles: ['a.json', { path: 'b.md', section: '経済' }, { article: inline, section: '国際' }],
  });
  expect(manifest.articles).toHaveLength(3);
  expect(manifest.number).toBe(12);
});

test('problems name their JSON path, inside inline articles too', () => {
  const bad = JSON.parse(JSON.stringify(inline));
  bad.children[1].sourceId = 'missing';
  let error: unknown;
  try {
    parseEditionManifest(
      { title: '', date: '2025-10-29', language: 'ja', articles: [{ article: bad }] },
      'edition.json',
    );
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).problems.map((problem) => problem.path)).toEqual(['title']);
  expect(() =>
    parseEditionManifest({ title: 'T', date: '2025-10-29', language: 'ja', articles: [{ article: bad }] }),
  ).toThrow(/articles\[0\]\.article\.children\[1\]\.sourceId: unknown source "missing"/);
  expect(() => parseEditionManifest({ title: 'T', date: 'soon', language: 'ja', articles: [] })).toThrow(
    /date: expected an ISO 8601 date[\s\S]*articles: list at least one article/,
  );
  expect(() =>
    parseEditionManifest({ title: 'T', date: '2025-10-29', language: 'ja', articles: ['a.json'], extra: 1 }),
  ).toThrow(/unknown field "extra"/);
});

test('schema/edition.schema.json is up to date (run pnpm --filter @kiji/core schema)', () => {
  const committed = JSON.parse(
    readFileSync(new URL('../schema/edition.schema.json', import.meta.url), 'utf8'),
  );
  expect(committed).toEqual(editionJsonSchema());
  expect(Object.keys((committed as { $defs: object }).$defs)).toContain('Section');
});
