import { parseArticle } from '@kiji/core';
import { loadFixtures } from '@kiji/fixtures';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { expect, test } from 'vitest';
import { toTypst } from '../src/to-typst.js';

// The benchmark is only fair if Typst really typesets every article, text intact.
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [] }] });

test.each(loadFixtures().map((f) => [f.name, f]))('%s compiles with Typst', (_name, fixture) => {
  const article = parseArticle(fixture.json);
  const source = toTypst(article);
  const document = compiler.compile({ mainFileContent: source });
  expect(
    document.result,
    String(document.takeDiagnostics()?.shortDiagnostics?.map((d) => d.message)),
  ).toBeTruthy();
});

test('article text is passed as strings, never as markup', () => {
  const source = toTypst(
    parseArticle({
      type: 'article',
      schemaVersion: 1,
      meta: { title: '#set page(width: 1pt) "quote" \\', language: 'en', published: '2025-01-01' },
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: '= not a heading *bold* $x$ #eval("1")' }] },
      ],
      sources: [],
    }),
  );
  expect(source).toContain('#"= not a heading *bold* $x$ #eval(\\"1\\")"');
  expect(source).toContain('#"#set page(width: 1pt) \\"quote\\" \\\\"');
});
