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

/** Options for {@link parseMarkdown}. */
export interface ParseMarkdownOptions {
  /** The file name, used in error messages. */
  file?: string;
}

/**
 * Read an article written in Kiji Markdown (see the package README for the syntax) and validate
 * it with `parseArticle`. Throws one `InputError` listing every problem with its line and column.
 */
export function parseMarkdown(text: string, options: ParseMarkdownOptions = {}): Article {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tree = parseTree(source);
  const context: ReadContext = {
    source,
    lines: new LineIndex(source),
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
  try {
    return parseArticle(article, options.file);
  } catch (error) {
    if (!isInputError(error)) throw error;
    const placed = error.problems.map((problem) => placeProblem(problem, article, frontMatter, context));
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

/** Give a problem found by validation the line of the Markdown it came from. */
function placeProblem(
  problem: InputProblem,
  article: Record<string, unknown>,
  frontMatter: FrontMatter,
  context: ReadContext,
): InputProblem {
  if (problem.line !== undefined) return problem;
  const keys = splitPath(problem.path);
  let place: Place | undefined;
  if (keys[0] === 'meta') place = frontMatter.locate(keys.slice(1));
  else if (keys[0] === 'sources' || keys[0] === 'id') place = frontMatter.locate(keys);
  else {
    let current: unknown = article;
    for (const key of keys) {
      if (current === null || typeof current !== 'object') break;
      current = (current as Record<string | number, unknown>)[key];
      if (current !== null && typeof current === 'object') place = context.places.get(current) ?? place;
    }
  }
  return place ? { ...problem, line: place.line, column: place.column } : problem;
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
