import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasTool, installedBytes, megabytes, ROOT, readmeExample, run } from './support.js';

const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const devVersion = (name: string) => String(rootPackage.devDependencies[name]).replace(/^\^/, '');

/** The TypeScript settings a user's project may have: all must accept Kiji's declarations. */
const RESOLUTIONS = {
  node16: { module: 'node16', moduleResolution: 'node16' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
};

let work: string;
let project: string;
let tarballs: string[];
let installLog: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kiji-pack-test-'));
  tarballs = run('node', [join(ROOT, 'scripts/pack-all.mjs'), join(work, 'tarballs')], ROOT)
    .trim()
    .split('\n')
    .filter((line) => line.endsWith('.tgz'));
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'uses-kiji', private: true, type: 'module' }, null, 2),
  );
  // What the README tells a user to run; the registry's packages come from npm's cache when it
  // has them.
  installLog = run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      ...tarballs,
      `typescript@${devVersion('typescript')}`,
      `tsx@${devVersion('tsx')}`,
      `@types/node@${devVersion('@types/node')}`,
    ],
    project,
  );
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed packages', () => {
  it('packs every published package with its licence and readme', () => {
    const names = tarballs.map((file) => file.replace(/^.*\/kiji-(.*)-\d+\.\d+\.\d+\.tgz$/, '$1'));
    expect(names).toEqual(
      expect.arrayContaining(['cli', 'core', 'epub', 'fonts', 'html', 'lint', 'load', 'markdown', 'pdf']),
    );
    for (const tarball of tarballs) {
      const files = run('tar', ['-tzf', tarball], work).split('\n');
      expect(files, tarball).toContain('package/LICENSE');
      expect(files, tarball).toContain('package/README.md');
      expect(
        files.some((file) => file.startsWith('package/src/')),
        tarball,
      ).toBe(false);
      if (tarball.includes('kiji-fonts-')) {
        expect(files).toContain('package/files/OFL-NotoSerifJP.txt');
        expect(files.filter((file) => file.endsWith('.ttf'))).toHaveLength(7);
      }
    }
  });

  it('install with npm without an engine warning', () => {
    expect(installLog).not.toMatch(/EBADENGINE|Unsupported engine/);
    expect(installLog).toMatch(/added \d+ packages/);
  });

  // The target: the command line with its default fonts under 60 MB. The fonts are
  // 27.6 MB; react-pdf, pdfkit, fontkit, pdf-lib and zod are bundled into @kiji/pdf and
  // @kiji/core (only the code Kiji runs, not every build those packages publish).
  it('install small: the command line with its fonts under 60 MB', () => {
    const cli = installedBytes(project, '@kiji/cli');
    const pdf = installedBytes(project, '@kiji/pdf');
    console.log(`installed: @kiji/cli ${megabytes(cli)} MB, @kiji/pdf ${megabytes(pdf)} MB`);
    expect(cli).toBeLessThan(60e6);
    expect(pdf).toBeLessThanOrEqual(cli);
    // One copy of each default font.
    const fonts = run('find', ['node_modules', '-name', 'NotoSerifJP-Regular.ttf'], project).trim();
    expect(fonts.split('\n')).toHaveLength(1);
    // What is bundled is not installed a second time.
    for (const bundled of ['@react-pdf/renderer', 'pdfkit', 'fontkit', 'pdf-lib', 'hyphen', 'zod']) {
      expect(existsSync(join(project, 'node_modules', bundled)), bundled).toBe(false);
    }
  });

  it('ships the patched react-pdf and pdfkit, and the licences of everything bundled', () => {
    const dist = join(project, 'node_modules/@kiji/pdf/dist');
    const code = readdirSync(dist)
      .filter((name) => /\.c?js$/.test(name))
      .map((name) => readFileSync(join(dist, name), 'utf8'))
      .join('\n');
    // patches/@react-pdf__layout@5.2.0.patch (linear pagination), patches/pdfkit@0.20.1.patch and
    // patches/fontkit@2.0.4.patch (subsets that copy simple glyphs undecoded).
    expect(code.includes('hasDynamicInFlow'), 'the @react-pdf/layout patch').toBe(true);
    expect(code.includes('this.unicode=[[65533]]'), 'the pdfkit patch').toBe(true);
    expect(code.includes('_writeXRefStream'), 'the pdfkit patch: object streams').toBe(true);
    expect(code.includes('_openedFonts'), 'the pdfkit patch (fonts opened once)').toBe(true);
    expect(code.includes('resolveDynamicChildren'), 'the layout patch: dynamic children').toBe(true);
    // patches/@react-pdf__textkit@7.0.1.patch: several shaped lines laid out as one text.
    expect(code.includes('if(!attributedString.lines)'), 'the @react-pdf/textkit patch').toBe(true);
    expect(code.includes('contours<0||this.font._variationProcessor'), 'the fontkit patch').toBe(true);
    expect(code.includes('function $kiji$encodeSubset('), 'the fontkit patch (subsets)').toBe(true);
    // patches/@react-pdf__render@4.7.0.patch: 和欧間 drawn inside a glyph's width.
    expect(code.includes('widenedAdvances'), 'the @react-pdf/render patch').toBe(true);
    const licenses = run('ls', ['node_modules/@kiji/pdf/dist/licenses'], project);
    for (const name of ['@react-pdf+layout', 'pdfkit', 'fontkit', 'pdf-lib', 'hyphen']) {
      expect(licenses).toContain(`${name}@`);
    }
    expect(run('ls', ['node_modules/@kiji/core/dist/licenses'], project)).toContain('zod@');
  });

  it.each(Object.entries(RESOLUTIONS))(
    "typecheck the README's program with moduleResolution %s and skipLibCheck false",
    (name, options) => {
      writeFileSync(join(project, 'main.ts'), readmeExample());
      const tsconfig = `tsconfig.${name}.json`;
      writeFileSync(
        join(project, tsconfig),
        JSON.stringify({
          compilerOptions: {
            ...options,
            target: 'es2022',
            strict: true,
            skipLibCheck: false,
            noEmit: true,
            types: ['node'],
          },
          files: ['main.ts'],
        }),
      );
      run('npx', ['tsc', '-p', tsconfig], project);
    },
  );

  it("runs the README's program: PDF, HTML and EPUB", () => {
    writeFileSync(join(project, 'main.ts'), readmeExample());
    run('npx', ['tsx', 'main.ts'], project, { SOURCE_DATE_EPOCH: '1761609600' });
    const pdf = readFileSync(join(project, 'briefing.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const html = readFileSync(join(project, 'briefing.html'), 'utf8');
    expect(html).toContain('日米首脳会談');
    expect(html).toContain('https://mainichi.jp/');
    const epub = readFileSync(join(project, 'briefing.epub'));
    expect(epub.subarray(0, 2).toString()).toBe('PK');
    if (hasTool('pdftotext', 'poppler-utils')) {
      const text = run('pdftotext', ['briefing.pdf', '-'], project);
      expect(text).toContain('抑止力');
    }
  });

  it('runs the installed kiji command, and its page is the picture in the README', () => {
    const kiji = join(project, 'node_modules', '.bin', 'kiji');
    expect(run(kiji, ['--help'], project)).toContain('Usage: kiji');
    const flagship = join(ROOT, 'examples', 'summit-2025', 'article.json');
    run(kiji, ['validate', flagship], project);
    // The first render keeps V8's compiled code of the command and of @kiji/pdf and the fonts'
    // shaped text, the second uses them: same bytes.
    const cache = { KIJI_CACHE_DIR: join(work, 'cache'), SOURCE_DATE_EPOCH: '1761609600' };
    run(kiji, ['render', flagship, '--pdf', join(project, 'summit.pdf')], project, cache);
    expect(readdirSync(join(work, 'cache', 'code')).filter((name) => name.endsWith('.v8'))).toHaveLength(2);
    expect(readdirSync(join(work, 'cache', 'fonts')).length).toBeGreaterThan(0);
    run(kiji, ['render', flagship, '--pdf', join(project, 'summit-cached.pdf')], project, cache);
    expect(
      readFileSync(join(project, 'summit-cached.pdf')).equals(readFileSync(join(project, 'summit.pdf'))),
    ).toBe(true);
    // English is hyphenated.
    const english = join(ROOT, 'examples', 'eu-ai-act', 'article.json');
    run(kiji, ['render', english, '--pdf', join(project, 'english.pdf')], project);
    expect(readFileSync(join(project, 'english.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(project, 'summit.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    if (hasTool('pdftoppm', 'poppler-utils')) {
      run(
        'pdftoppm',
        ['-r', '60', '-f', '1', '-l', '1', '-png', '-singlefile', 'summit.pdf', 'page'],
        project,
      );
      // The test compares, never rewrites a committed file: after an intended change of the first
      // page, look at the new picture and copy it over the README's.
      const picture = join(ROOT, 'docs', 'images', 'summit-2025-page-1.png');
      const rendered = readFileSync(join(project, 'page.png'));
      const fresh = join(ROOT, 'out', 'pack', 'summit-2025-page-1.png');
      mkdirSync(dirname(fresh), { recursive: true });
      writeFileSync(fresh, rendered);
      expect(
        rendered.equals(readFileSync(picture)),
        `the README's picture is not the first page the packages render: look at ${fresh} and copy it to ${picture}`,
      ).toBe(true);
    }
  });
});
