// Checks every regular expression in the packages' sources for super-linear backtracking
// (ReDoS) with recheck, which proves a pattern safe or finds an attack string. Kiji runs its
// patterns on article text it did not write, so a vulnerable pattern is a hang waiting for input.
//
//   node scripts/check-regexes.mjs            # exit 1 and list each vulnerable pattern
//
// A pattern that is only ever run on a short, bounded string (the 120 characters before a
// bracket, a line of at most 200 characters) may carry a `// redos: <why>` comment on one of
// the three lines above it; it is then listed with that reason instead of failing the check.
// Patterns built at run time (new RegExp(`…${NAME}…`)) are rebuilt here when every part is a
// string constant of the same file, and checked like literals; text passed through
// escapeRegExp() stands for a literal word. A pattern that cannot be rebuilt (it holds words
// known only at run time) fails the check unless a `// regex: <why it is safe>` comment above it
// says what goes into it; it is then listed with that reason. recheck's fuzzing is seeded, so
// runs agree.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') yield* sourceFiles(path);
    } else if (/\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Every regex literal and `new RegExp('literal', 'flags')` in a file, with its line. */
function findPatterns(path) {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const noteAbove = (line, kind) => {
    for (let index = line - 2; index >= Math.max(0, line - 4); index--) {
      const note = new RegExp(`// ${kind}: (.*)$`).exec(lines[index] ?? '');
      if (note) return note[1];
    }
    return undefined;
  };
  const reasonAbove = (line) => noteAbove(line, 'redos');
  // String constants of the file, for rebuilding patterns made at run time.
  const constants = new Map();
  const collect = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      constants.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, collect);
  };
  collect(file);
  /** The text an expression stands for, or undefined when it is known only at run time. */
  const evaluate = (node, raw = false, seen = new Set()) => {
    if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, raw, seen);
    if (ts.isStringLiteralLike(node)) {
      return raw && ts.isNoSubstitutionTemplateLiteral(node) ? node.rawText : node.text;
    }
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') {
      return evaluate(node.template, true, seen);
    }
    if (ts.isTemplateExpression(node)) {
      let text = raw ? node.head.rawText : node.head.text;
      for (const span of node.templateSpans) {
        const part = evaluate(span.expression, false, seen);
        if (part === undefined) return undefined;
        text += part + (raw ? span.literal.rawText : span.literal.text);
      }
      return text;
    }
    if (ts.isIdentifier(node)) {
      const value = constants.get(node.text);
      if (!value || seen.has(node.text)) return undefined;
      return evaluate(value, false, new Set([...seen, node.text]));
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = evaluate(node.left, false, seen);
      const right = evaluate(node.right, false, seen);
      return left === undefined || right === undefined ? undefined : left + right;
    }
    // Escaped text matches itself only: a plain word stands for it.
    if (ts.isCallExpression(node) && node.expression.getText() === 'escapeRegExp') return 'word';
    return undefined;
  };
  const found = [];
  const dynamic = [];
  const visit = (node) => {
    const line = () => file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const end = literal.lastIndexOf('/');
      const at = line();
      found.push({
        line: at,
        source: literal.slice(1, end),
        flags: literal.slice(end + 1),
        reason: reasonAbove(at),
      });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const at = line();
      const source = pattern && evaluate(pattern);
      const flagText = flags ? evaluate(flags) : '';
      if (source !== undefined && flagText !== undefined) {
        found.push({ line: at, source, flags: flagText, reason: reasonAbove(at) });
      } else {
        dynamic.push({ line: at, text: node.getText().slice(0, 80), reason: noteAbove(at, 'regex') });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { found, dynamic };
}

const dirs = ['packages', 'apps', 'examples'].map((dir) => join(root, dir));
let checked = 0;
const vulnerable = [];
const accepted = [];
const unknown = [];
const skipped = [];
const unreviewed = [];
for (const dir of dirs) {
  for (const path of sourceFiles(dir)) {
    if (/\/(test|tests)\//.test(path) || /\.test\.tsx?$/.test(path)) continue;
    const { found, dynamic } = findPatterns(path);
    const where = relative(root, path);
    for (const item of dynamic) {
      const report = `${where}:${item.line}: ${item.text}`;
      if (item.reason !== undefined) skipped.push(`${report}\n    reviewed: ${item.reason}`);
      else
        unreviewed.push(
          `${report}\n    built at run time from words not known here: add a "// regex: <what goes in and why it is safe>" comment above it, or build it from constants`,
        );
    }
    for (const { line, source, flags, reason } of found) {
      checked++;
      const result = checkSync(source, flags, { timeout: 20_000, randomSeed: 1 });
      if (result.status === 'vulnerable') {
        const report = `${where}:${line}: /${source}/${flags} is ${result.complexity.type}: try ${result.attack.pattern}`;
        if (reason !== undefined) accepted.push(`${report}\n    accepted: ${reason}`);
        else vulnerable.push(report);
      } else if (result.status === 'unknown') {
        unknown.push(`${where}:${line}: /${source}/${flags}: ${result.error?.kind ?? 'unknown'}`);
      }
    }
  }
}

for (const line of skipped) console.log(`built at run time, reviewed: ${line}`);
for (const line of unreviewed) console.error(line);
for (const line of unknown) console.log(`could not decide: ${line}`);
for (const line of accepted) console.log(line);
for (const line of vulnerable) console.error(line);
console.log(
  `${checked} regular expressions checked: ${vulnerable.length} vulnerable, ${accepted.length} accepted as bounded, ${unknown.length} undecided; ${skipped.length} built at run time and reviewed, ${unreviewed.length} not reviewed`,
);
process.exit(vulnerable.length > 0 || unreviewed.length > 0 ? 1 : 0);
