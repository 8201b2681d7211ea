// Checks every regular expression in the packages' sources for super-linear backtracking
// (ReDoS) with recheck, which proves a pattern safe or finds an attack string. Kiji runs its
// patterns on article text it did not write, so a vulnerable pattern is a hang waiting for input.
//
//   node scripts/check-regexes.mjs            # exit 1 and list each vulnerable pattern
//
// A pattern that is only ever run on a short, bounded string (the 120 characters before a
// bracket, a line of at most 200 characters) may carry a `// redos: <why>` comment on one of
// the three lines above it; it is then listed with that reason instead of failing the check.
// Patterns built at run time (new RegExp(variable)) cannot be checked here; they are listed
// so a reader can see what was skipped. recheck's fuzzing is seeded, so runs agree.
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
  const reasonAbove = (line) => {
    for (let index = line - 2; index >= Math.max(0, line - 4); index--) {
      const note = /\/\/ redos: (.*)$/.exec(lines[index] ?? '');
      if (note) return note[1];
    }
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
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
        const at = line();
        found.push({ line: at, source: pattern.text, flags: flags?.text ?? '', reason: reasonAbove(at) });
      } else dynamic.push({ line: line(), text: node.getText().slice(0, 80) });
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
for (const dir of dirs) {
  for (const path of sourceFiles(dir)) {
    if (/\/(test|tests)\//.test(path) || /\.test\.tsx?$/.test(path)) continue;
    const { found, dynamic } = findPatterns(path);
    const where = relative(root, path);
    for (const item of dynamic) skipped.push(`${where}:${item.line}: ${item.text}`);
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

for (const line of skipped) console.log(`not checked (built at run time): ${line}`);
for (const line of unknown) console.log(`could not decide: ${line}`);
for (const line of accepted) console.log(line);
for (const line of vulnerable) console.error(line);
console.log(
  `${checked} regular expressions checked: ${vulnerable.length} vulnerable, ${accepted.length} accepted as bounded, ${unknown.length} undecided`,
);
process.exit(vulnerable.length > 0 ? 1 : 0);
