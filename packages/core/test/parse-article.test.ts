import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { InputError, parseArticle, parseJsonText, SCHEMA_VERSION, safeParseArticle } from '../src/index.js';

const minimal = () => ({
  type: 'article',
  schemaVersion: SCHEMA_VERSION,
  meta: { title: 'T', language: 'ja', published: '2025-10-28' },
  children: [{ type: 'paragraph', children: [{ type: 'text', value: '本文' }] }],
  sources: [{ id: 'src', outlet: '毎日新聞', kind: 'article' }],
});

function problemsOf(input: unknown): { path: string; message: string }[] {
  const result = safeParseArticle(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return result.error.problems;
}

// The corpus is data shared by every package; core reads the files directly because
// @kiji/fixtures is built on top of core.
const corpus = new URL('../../fixtures/corpus/', import.meta.url);
const fixtures = readdirSync(corpus)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(new URL(name, corpus), 'utf8'))] as const);

describe('parseArticle', () => {
  test.each(fixtures)('fixture %s parses and survives a JSON round trip', (_name, json) => {
    const article = parseArticle(json);
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
    expect(parseArticle(JSON.parse(JSON.stringify(article)))).toEqual(article);
  });

  test('a wrong node type names its path', () => {
    const input = minimal();
    (input.children[0] as { type: string }).type = 'paragraf';
    expect(problemsOf(input)).toEqual([
      {
        path: 'children[0].type',
        message:
          'node type "paragraf" is not allowed here: use one of "lede", "section", "conclusion", "paragraph", "quote", "list", "termList", "figure", "aside"',
      },
    ]);
  });

  test('a missing title names meta.title', () => {
    const input = minimal() as { meta: Partial<ReturnType<typeof minimal>['meta']> };
    delete input.meta.title;
    expect(problemsOf(input)).toEqual([{ path: 'meta.title', message: 'required: expected string' }]);
  });

  test('a dangling source id names the reference and the known ids', () => {
    const input = minimal();
    input.children.push({ type: 'quote', sourceId: 'mainichi-2', children: [] } as never);
    expect(problemsOf(input)).toEqual([
      {
        path: 'children[1].sourceId',
        message: 'unknown source "mainichi-2": add it to "sources" or use one of: "src"',
      },
    ]);
  });

  test('an inline source reference inside nested content is checked', () => {
    const input = minimal();
    input.children[0]!.children.push({
      type: 'strong',
      children: [{ type: 'sourceReference', sourceId: 'nope' }],
    } as never);
    expect(problemsOf(input).map((problem) => problem.path)).toEqual([
      'children[0].children[1].children[0].sourceId',
    ]);
  });

  test('duplicate ids are reported at the second use', () => {
    const input = minimal();
    input.children.push({ type: 'section', id: 'src', heading: [], children: [] } as never);
    expect(problemsOf(input)).toEqual([
      {
        path: 'children[1].id',
        message: 'duplicate id "src": it is already used at sources[0].id; ids must be unique',
      },
    ]);
  });

  test('every problem is listed, not just the first', () => {
    const input = minimal() as Record<string, unknown> & ReturnType<typeof minimal>;
    input.meta.published = '28 Oct 2025';
    input.meta.language = 'japanese!';
    input.extra = true;
    const paths = problemsOf(input).map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['meta.published', 'meta.language', '']));
    expect(paths).toHaveLength(3);
  });

  test('unknown fields are named', () => {
    const input = minimal() as Record<string, unknown>;
    input.titel = 'x';
    expect(problemsOf(input)).toEqual([{ path: '', message: 'unknown field "titel": remove or rename it' }]);
  });

  test('schemaVersion is required and newer versions are refused', () => {
    const { schemaVersion: _, ...withoutVersion } = minimal();
    expect(problemsOf(withoutVersion)).toEqual([
      { path: 'schemaVersion', message: 'required: add "schemaVersion": 1' },
    ]);
    expect(problemsOf({ ...minimal(), schemaVersion: 99 })[0]!.message).toMatch(/newer Kiji/);
  });

  test.each([
    ['2025-13-01', 'meta.published', /month 13 does not exist: use 01–12/],
    ['0000-00-00', 'meta.published', /year 0000 is not a calendar year/],
    ['2025-02-30', 'meta.published', /day 30 does not exist: February 2025 has 28 days/],
    ['2025-10-28T25:61Z', 'meta.published', /hour 25 does not exist/],
    ['2025-10-28T09:61+09:00', 'meta.published', /minute 61 does not exist/],
    ['2025-10-28T09:00:60Z', 'meta.published', /second 60 does not exist/],
    ['2025-10-28T09:00+15:00', 'meta.published', /offset 15:00 does not exist/],
    ['9999-12-31T23:00-12:00', 'meta.published', /outside the years 0001–9999/],
  ])('the impossible date %s is refused at %s', (date, path, message) => {
    const problems = problemsOf({ ...minimal(), meta: { ...minimal().meta, published: date } });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(path);
    expect(problems[0]!.message).toMatch(message);
  });

  test('impossible dates are refused wherever a date is allowed', () => {
    const input = minimal();
    Object.assign(input.meta, { updated: '2025-04-31' });
    Object.assign(input.sources[0]!, { published: '2023-02-29', accessed: '2024-02-29' });
    expect(problemsOf(input).map((problem) => problem.path)).toEqual([
      'meta.updated',
      'sources[0].published',
    ]);
  });

  test('a non-object is refused with a hint', () => {
    expect(problemsOf([])[0]!.message).toMatch(/expected an article object/);
  });

  test('the error is one InputError carrying the file', () => {
    try {
      parseArticle({}, 'a.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).file).toBe('a.json');
      expect((error as InputError).message).toBe('a.json: schemaVersion: required: add "schemaVersion": 1');
    }
  });
});

describe('parseJsonText', () => {
  test('invalid JSON names line and column', () => {
    try {
      parseJsonText('{\n  "a": 1,\n  "b": ,\n}', 'broken.json');
      expect.unreachable();
    } catch (error) {
      const problem = (error as InputError).problems[0]!;
      expect(problem.line).toBe(3);
      expect(problem.column).toBe(8);
      expect(problem.message).toBe('invalid JSON: value expected');
      expect((error as InputError).message).toMatch(/^broken\.json:3:8: invalid JSON/);
    }
  });

  test('a byte order mark is accepted', () => {
    expect(parseJsonText('\ufeff{"a":1}')).toEqual({ a: 1 });
  });
});
