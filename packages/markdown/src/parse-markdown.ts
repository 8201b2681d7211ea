import {
  type Article,
  InputError,
  type InputProblem,
  isInputError,
  parseArticle,
  SCHEMA_VERSION,
} from '@kiji/core';
import type * as Mdast from 'mdast';
import type { ReadContext } from './from-mdast/context.js';
import { readBody, readNotes } from './from-mdast/read-body.js';
import { type FrontMatter, readFrontMatter } from './front-matter/read-front-matter.js';
import { LineIndex, type Place, splitPath } from './places.js';
import { parseTree } from './processor.js';
import { MAX_DELIMITERS_PER_PARAGRAPH, restorePositions, tameDelimiters } from './tame-delimiters.js';

/** Options for {@link parseMarkdown}. */
export interface ParseMarkdownOptions {
  /** The file name, used in error messages. */
  file?: string;
}

/** An article read from Markdown, with the place in the file of each node. */
export interface MarkdownReadResult {
  /** The validated article. */
  article: Article;
  /**
   * Where a node or field starts in the Markdown file, by JSON path as `InputError` and lint
   * findings give it (`children[2].children[0]`, `meta.title`, `sources[1].url`); the nearest
   * enclosing node's place when the exact one is not known.
   */
  locate: (path: string) => Place | undefined;
  /** What was read differently from how it was written, with the line; the article is valid. */
  warnings: MarkdownWarning[];
}

/** Something the reader changed to keep parsing fast; the article is still valid. */
export interface MarkdownWarning {
  /** 1-based line of the Markdown file. */
  line: number;
  /** What happened and what to do about it. */
  message: string;
  /** `delimiters`: a paragraph's emphasis marks or brackets were read as plain characters. */
  code: 'delimiters';
}

/**
 * Read an article written in Kiji Markdown (see the package README for the syntax) and validate
 * it with `parseArticle`. Throws one `InputError` listing every problem with its line and column.
 */
export function parseMarkdown(text: string, options: ParseMarkdownOptions = {}): Article {
  return parseMarkdownWithPlaces(text, options).article;
}

/** Like {@link parseMarkdown}, also returning where each node of the article was written. */
export function parseMarkdownWithPlaces(
  text: string,
  options: ParseMarkdownOptions = {},
): MarkdownReadResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tamed = tameDelimiters(source);
  const tree = parseTree(tamed.text);
  const lines = new LineIndex(source);
  restorePositions(tree, tamed.inserted, lines);
  const warnings: MarkdownWarning[] = tamed.paragraphs.map(({ line, marks, count }) => {
    const what = [marks.includes('*') && 'emphasis marks (* _)', marks.includes('[') && 'brackets ([ ])']
      .filter(Boolean)
      .join(' and ');
    return {
      line,
      code: 'delimiters',
      message: `this paragraph holds ${count} ${what}, more than the ${MAX_DELIMITERS_PER_PARAGRAPH} Kiji reads as Markdown in one paragraph: they are kept as plain characters (no emphasis, links or citations); split the paragraph if they were meant as Markdown`,
    };
  });
  const context: ReadContext = {
    source,
    lines,
    definitions: new Map(),
    footnotes: new Map(),
    places: new WeakMap(),
    problems: [],
  };
  collectDefinitions(tree, context);
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const frontMatter = readFrontMatter(yaml, source, context.lines, context.problems);
  const { children, comments } = readBody(tree, context);
  const notes = readNotes(context);
  if (frontMatter.article.notes !== undefined && notes.length > 0) {
    context.problems.push({
      path: '',
      ...frontMatter.locate(['notes']),
      message: '"notes: []" says there are no notes, but the text defines some: remove "notes: []"',
    });
  }
  if (context.problems.length > 0) throw new InputError(sortProblems(context.problems), options.file);

  const { id, sources, notes: emptyNotes, comments: emptyComments } = frontMatter.article;
  const article = {
    type: 'article',
    schemaVersion: SCHEMA_VERSION,
    ...(id !== undefined ? { id } : {}),
    meta: frontMatter.meta,
    children,
    sources: sources ?? [],
    ...(notes.length > 0 ? { notes } : emptyNotes !== undefined ? { notes: emptyNotes } : {}),
    ...(comments.length > 0 ? { comments } : emptyComments !== undefined ? { comments: emptyComments } : {}),
  };
  const locate = (path: string) => locatePath(splitPath(path), article, frontMatter, context);
  try {
    return { article: parseArticle(article, options.file), locate, warnings };
  } catch (error) {
    if (!isInputError(error)) throw error;
    const placed = error.problems.map((problem) => {
      if (problem.line !== undefined) return problem;
      const place = locate(problem.path);
      return place ? { ...problem, line: place.line, column: place.column } : problem;
    });
    throw new InputError(placed, options.file);
  }
}

/** Link and footnote definitions apply wherever they are written, so gather them first. */
function collectDefinitions(tree: Mdast.Root, context: ReadContext): void {
  const visit = (node: Mdast.Nodes) => {
    if (node.type === 'definition' && !context.definitions.has(node.identifier)) {
      context.definitions.set(node.identifier, node);
    } else if (node.type === 'footnoteDefinition') {
      const first = context.footnotes.get(node.identifier);
      if (first) {
        context.problems.push({
          path: '',
          line: node.position?.start.line ?? 1,
          column: node.position?.start.column ?? 1,
          message: `note [^${node.label ?? node.identifier}] is defined twice (first on line ${first.position?.start.line}): rename one (note ids ignore case)`,
        });
      } else context.footnotes.set(node.identifier, node);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
}

/** The place of a path: front matter values by their YAML node, body nodes by their mdast node. */
function locatePath(
  keys: (string | number)[],
  article: Record<string, unknown>,
  frontMatter: FrontMatter,
  context: ReadContext,
): Place | undefined {
  if (keys[0] === 'meta') return frontMatter.locate(keys.slice(1));
  if (keys[0] === 'sources' || keys[0] === 'id') return frontMatter.locate(keys);
  let place: Place | undefined;
  let current: unknown = article;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') break;
    current = (current as Record<string | number, unknown>)[key];
    if (current !== null && typeof current === 'object') place = context.places.get(current) ?? place;
  }
  return place;
}

function sortProblems(problems: InputProblem[]): InputProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        (a.problem.column ?? 0) - (b.problem.column ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
