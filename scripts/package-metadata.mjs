// Keeps what every published package says about itself in step with the root: engines, licence,
// repository, homepage, bugs, keywords, the package checks (publint, arethetypeswrong), and a LICENSE file in the package folder (npm packs it
// whatever `files` says). `node scripts/package-metadata.mjs` writes; `--check` only reports.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const repository = rootPackage.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
const mit = readFileSync(join(root, 'LICENSE'), 'utf8');
const addendum = (file) => `\n---\n\n${readFileSync(join(root, 'scripts/licenses', file), 'utf8')}`;

/** Keywords by package, after the ones every package has. */
const KEYWORDS = {
  core: ['article', 'json-schema', 'validation', 'jlreq'],
  pdf: ['pdf', 'react-pdf', 'typesetting', 'jlreq', 'kinsoku'],
  html: ['html', 'xhtml', 'vertical-writing', 'tategaki'],
  epub: ['epub', 'epub3', 'ebook', 'vertical-writing', 'tategaki'],
  fonts: ['fonts', 'noto', 'noto-serif-jp', 'noto-sans-jp'],
  markdown: ['markdown', 'remark', 'mdast'],
  'import-text': ['import', 'scraping', 'plain-text'],
  'import-html': ['import', 'html', 'readability', 'json-ld'],
  load: ['loader', 'markdown', 'json'],
  lint: ['lint', 'editorial', 'proofreading'],
  cli: ['cli', 'pdf', 'epub', 'html'],
  'render-pool': ['worker-threads', 'batch', 'pdf', 'piscina'],
  server: ['server', 'http', 'fastify', 'bullmq', 'pdf', 'epub'],
};
const LICENSES = {
  core: mit + addendum('budoux-apache-2.0.txt'),
  fonts: mit + addendum('fonts-ofl.txt'),
};

const LICENSE_IDS = { core: 'MIT AND Apache-2.0', fonts: 'MIT AND OFL-1.1' };

const check = process.argv.includes('--check');
const problems = [];
for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  const file = join(dir, 'package.json');
  if (!existsSync(file)) continue;
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  if (pkg.private) continue;
  const want = {
    ...pkg,
    license: LICENSE_IDS[name] ?? 'MIT',
    keywords: ['kiji', 'japanese', 'news', ...(KEYWORDS[name] ?? [])],
    homepage: `${repository}/tree/main/packages/${name}#readme`,
    bugs: { url: `${repository}/issues` },
    repository: { type: 'git', url: `git+${repository}.git`, directory: `packages/${name}` },
    engines: rootPackage.engines,
    publishConfig: { access: 'public' },
    // ESM only, said in the README: the CommonJS resolutions are not checked.
    scripts: {
      ...pkg.scripts,
      publint: 'publint --strict && attw --pack . --profile esm-only --format table-flipped',
    },
  };
  const text = `${JSON.stringify(want, null, 2)}\n`;
  if (text !== readFileSync(file, 'utf8')) {
    if (check) problems.push(`${file}: metadata differs from the root`);
    else writeFileSync(file, text);
  }
  const license = LICENSES[name] ?? mit;
  const licenseFile = join(dir, 'LICENSE');
  if (!existsSync(licenseFile) || readFileSync(licenseFile, 'utf8') !== license) {
    if (check) problems.push(`${licenseFile}: missing or not the root LICENSE`);
    else writeFileSync(licenseFile, license);
  }
}
if (problems.length > 0) {
  console.error(`${problems.join('\n')}\nrun: node scripts/package-metadata.mjs`);
  process.exit(1);
}
