import { type InputProblem, META_FIELDS } from '@kiji/core';
import type { Yaml } from 'mdast';
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { LineIndex, Place } from '../places.js';

/** Front matter keys that fill `article.meta`: the model's own list. */
export const META_KEYS = META_FIELDS;

/** Front matter keys that fill the rest of the article. */
export const ARTICLE_KEYS = ['id', 'sources', 'notes', 'comments'] as const;

const KNOWN_KEYS = new Set<string>([...META_KEYS, ...ARTICLE_KEYS]);

/** What the front matter holds, before validation. */
export interface FrontMatter {
  /** The `meta` object. */
  meta: Record<string, unknown>;
  /** `id`, `sources`, and `notes` / `comments` when they are written as empty lists. */
  article: Record<string, unknown>;
  /** Place of a value by its path inside the front matter, e.g. `['sources', 1, 'kind']`. */
  locate: (path: readonly (string | number)[]) => Place | undefined;
}

/** Read and check the YAML front matter; problems are pushed with their places. */
export function readFrontMatter(
  node: Yaml | undefined,
  source: string,
  lines: LineIndex,
  problems: InputProblem[],
): FrontMatter {
  const empty: FrontMatter = { meta: {}, article: {}, locate: () => undefined };
  if (!node?.position) {
    problems.push({
      path: '',
      line: 1,
      column: 1,
      message: /^\uFEFF?---[ \t]*\r?\n/.test(source)
        ? 'the front matter opened by "---" on line 1 is never closed: add a line "---" after its last "key: value" line'
        : 'missing front matter: start the file with "---", then lines "title: …", "language: ja", "published: 2025-10-28", then "---"',
    });
    return empty;
  }
  const fenceStart = node.position.start.offset ?? 0;
  const yamlStart = source.indexOf('\n', fenceStart) + 1;
  const at = (offset: number): Place => lines.place(yamlStart + offset);
  const document = parseDocument(node.value, { prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error?.code === 'RESOURCE_EXHAUSTION') {
    problems.push({ path: '', ...at(error.pos[0]), message: TOO_DEEP });
    return empty;
  }
  if (error) {
    // Later errors mostly follow from the first one: report that alone.
    problems.push({
      path: '',
      ...at(error.pos[0]),
      message: `front matter is not valid YAML: ${firstLine(error.message)} (put values that hold ": " or " #", or start with [ { * & ! | > ' " @, in quotes)`,
    });
    return empty;
  }
  const fenceOpen = lines.place(fenceStart);
  if (document.contents !== null && !isMap(document.contents)) {
    problems.push({
      path: '',
      ...fenceOpen,
      message: 'the front matter must be "key: value" lines (title: …, language: …, published: …)',
    });
    return empty;
  }

  const locate = (path: readonly (string | number)[]): Place | undefined => {
    for (let length = path.length; length > 0; length--) {
      const found = document.getIn(path.slice(0, length), true) as
        | { range?: [number, number, number] }
        | undefined;
      if (found && typeof found === 'object' && found.range) return at(found.range[0]);
    }
    return fenceOpen;
  };

  for (const pair of isMap(document.contents) ? document.contents.items : []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!KNOWN_KEYS.has(key)) {
      const range = (pair.key as { range?: [number, number, number] } | null)?.range;
      problems.push({
        path: '',
        ...(range ? at(range[0]) : fenceOpen),
        message: `unknown front matter key "${key}": use one of ${[...KNOWN_KEYS].join(', ')}`,
      });
    }
  }

  const deep = tooDeep(document);
  if (deep !== undefined) {
    problems.push({ path: '', ...at(deep), message: TOO_DEEP });
    return empty;
  }
  let values: Record<string, unknown> | undefined;
  try {
    values = dropNulls(document.toJS()) as Record<string, unknown> | undefined;
  } catch (caught) {
    // yaml refuses to expand aliases past its limit (an "alias bomb"): name the first alias.
    if (!(caught instanceof ReferenceError)) throw caught;
    const alias = firstAlias(document);
    problems.push({
      path: '',
      ...(alias ? at(alias.offset) : fenceOpen),
      message: `front matter expands the alias ${alias ? `*${alias.name} ` : ''}too many times (aliases of aliases multiply): write the values out instead`,
    });
    return empty;
  }
  const meta: Record<string, unknown> = {};
  const article: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    if ((META_KEYS as readonly string[]).includes(key)) meta[key] = value;
    else if (key === 'notes' || key === 'comments') {
      if (Array.isArray(value) && value.length === 0) article[key] = value;
      else {
        problems.push({
          path: '',
          ...(locate([key]) ?? fenceOpen),
          message:
            key === 'notes'
              ? 'notes are written in the text, not the front matter: "[^id]" where it is referenced and "[^id]: …" for the note (front matter takes only "notes: []")'
              : 'comments are written as ":::comment{author=…}" blocks, not in the front matter (front matter takes only "comments: []")',
        });
      }
    } else if (KNOWN_KEYS.has(key)) article[key] = value;
  }
  return { meta, article, locate };
}

/** Nesting deeper than any article's front matter needs (a source is three levels down). */
const MAX_DEPTH = 32;

const TOO_DEEP = `front matter is nested too deeply (more than ${MAX_DEPTH} levels of lists or maps here): flatten it`;

type YamlNode = { range?: [number, number, number] | null };

/** The offset of the first value nested deeper than `MAX_DEPTH`, found without recursion. */
function tooDeep(document: Document): number | undefined {
  const stack: [unknown, number][] = [[document.contents, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isPair(node)) {
      stack.push([node.key, depth], [node.value, depth]);
    } else if (isMap(node) || isSeq(node)) {
      if (depth >= MAX_DEPTH) return (node as YamlNode).range?.[0] ?? 0;
      for (const item of node.items) stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

/** The first alias (`*name`) in the front matter and its offset. */
function firstAlias(document: Document): { name: string; offset: number } | undefined {
  const stack: unknown[] = [document.contents];
  let first: { name: string; offset: number } | undefined;
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      if (!first || offset < first.offset) first = { name: node.source, offset };
    } else if (isPair(node)) stack.push(node.key, node.value);
    else if (isMap(node) || isSeq(node)) stack.push(...node.items);
  }
  return first;
}

/** An empty YAML value (`kicker:`) means the field is absent. */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== null)
        .map(([key, entry]) => [key, dropNulls(entry)]),
    );
  }
  return value;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
