import { resolve } from 'node:path';

import { parseJsonText } from '@kiji/core';
import type { Command } from '../command.js';
import { readCoverOption } from '../cover-option.js';
import { DEFAULT_MAX_IMAGE_MB, fileAccess, fileOptions } from '../file-access.js';
import { EXIT, UsageError } from '../io.js';
import { readArticleText } from '../load-article.js';
import { type LoadedEdition, loadEditionManifest, loadQuickEdition } from '../load-edition.js';
import { epub } from '../outputs/epub.js';
import { pageSizeOf, printOf, signatureOf } from '../outputs/pdf.js';
import { checkSourceDateEpoch } from '../source-date-epoch.js';
import { checkOutputPaths, writeOutputs } from '../write-output.js';

const META_OPTIONS = ['title', 'subtitle', 'date', 'language', 'number', 'publisher'] as const;

export const edition: Command = {
  name: 'edition',
  summary: 'render several articles as one PDF pack and one EPUB',
  help: `Usage: kiji edition <edition.json | edition.md> [--pdf FILE] [--epub FILE] [options]
       kiji edition <article>... --title TITLE [--pdf FILE] [--epub FILE] [options]

Renders an edition: a cover, a table of contents with page numbers, then every article on a
new page with continuous page numbers, running heads and one outline (PDF); one book with the
cover, a nested navigation document and each article's own endnotes (EPUB). The manifest
(edition.json, or the front matter of edition.md: see kiji schema --edition) names the articles (.json, .md, .txt or .html, relative to
it, or inline) with optional section labels. Nothing is written when any article is invalid.

Options:
  --pdf FILE            write the PDF pack
  --epub FILE           write the EPUB edition
  --print               PDF: print-ready (bleed, crop marks, CMYK ink, PDF/X-4) on facing pages,
                        each article opening on a right-hand page
  --bleed MM            bleed in mm with --print (default 3)
  --signature 4|8|16    pad the page count with numbered blank pages
  --page-size SIZE      PDF page size: A4 (default), JIS-B5, A5 or Letter
  --vertical            EPUB: vertical (縦書き) edition
  --embed-fonts         EPUB: embed Noto Serif/Sans JP cut down to the characters of the edition
  --cover IMAGE         cover image (JPEG or PNG), instead of the manifest's
  --title TEXT          edition title (required without a manifest; overrides the manifest's)
  --subtitle TEXT       second title line
  --date DATE           ISO date (default: the manifest's, or the latest article's)
  --number N            edition number (第N号 / No. N)
  --publisher NAME      who issues the edition
  --language TAG        language of the cover and contents (default: the first article's)
  --root DIR            folder figure files may come from (default: the folder of the manifest,
                        or of the first article); it must hold every article
  --max-image-mb N      largest image file read, in megabytes (default ${DEFAULT_MAX_IMAGE_MB})

Examples:
  kiji edition edition.json --pdf out/edition.pdf --epub out/edition.epub
  kiji edition edition.json --pdf out/pack.pdf --print
  kiji edition a.json b.md --title 朝のブリーフィング --pdf out/pack.pdf`,
  options: {
    pdf: { type: 'string' },
    epub: { type: 'string' },
    print: { type: 'boolean' },
    bleed: { type: 'string' },
    signature: { type: 'string' },
    'page-size': { type: 'string' },
    vertical: { type: 'boolean' },
    'embed-fonts': { type: 'boolean' },
    cover: { type: 'string' },
    ...Object.fromEntries(META_OPTIONS.map((name) => [name, { type: 'string' as const }])),
    ...fileOptions,
  },
  async run({ positionals, values }, io) {
    if (positionals.length === 0) throw new UsageError('expected edition.json or article files');
    const pdfPath = typeof values.pdf === 'string' ? values.pdf : undefined;
    const epubPath = typeof values.epub === 'string' ? values.epub : undefined;
    if (!pdfPath && !epubPath) throw new UsageError('name at least one output: --pdf FILE, --epub FILE');
    for (const name of ['print', 'bleed', 'signature'] as const) {
      if (values[name] !== undefined && !pdfPath)
        throw new UsageError(`--${name} applies to --pdf only: add --pdf FILE`);
    }
    const print = printOf(values);
    const signature = signatureOf(values);
    for (const name of ['vertical', 'embed-fonts'] as const) {
      if (values[name] && !epubPath)
        throw new UsageError(`--${name} applies to --epub only: add --epub FILE`);
    }
    if (values['page-size'] !== undefined && !pdfPath)
      throw new UsageError('--page-size applies to --pdf only: add --pdf FILE');
    const pageSize = await pageSizeOf(values);
    const meta = metaOptions(values);
    const manifest = positionals.length === 1 && (await isManifest(positionals[0]!, io.cwd));
    if (!manifest && meta.title === undefined) {
      throw new UsageError('a quick pack needs --title TITLE (or give an edition.json manifest)');
    }
    checkOutputPaths(
      [
        ...(pdfPath ? [{ flag: '--pdf', path: pdfPath }] : []),
        ...(epubPath ? [{ flag: '--epub', path: epubPath }] : []),
      ],
      positionals,
      io.cwd,
    );
    checkSourceDateEpoch();
    await epub.check?.(values, io);

    const loaded: LoadedEdition = manifest
      ? await loadEditionManifest(positionals[0]!, io.cwd, io.stderr)
      : await loadQuickEdition(positionals, { ...meta, title: meta.title! }, io.cwd, io.stderr);
    if (manifest) Object.assign(loaded.edition.meta, meta);
    checkOutputPaths(
      [
        ...(pdfPath ? [{ flag: '--pdf', path: pdfPath }] : []),
        ...(epubPath ? [{ flag: '--epub', path: epubPath }] : []),
      ],
      loaded.inputs,
      io.cwd,
    );
    const { root, maxImageBytes } = await fileAccess(
      values,
      loaded.inputs.map((input) => resolve(io.cwd, input)),
      io.cwd,
    );
    // A cover typed on the command line is read as given; one named by the manifest is data,
    // read by the renderers inside the root like a figure.
    const cover =
      typeof values.cover === 'string'
        ? { cover: readCoverOption(values.cover, io.cwd, maxImageBytes) }
        : loaded.cover === undefined
          ? {}
          : { cover: resolve(io.cwd, loaded.cover) };
    const warn = (where: string | undefined, path: string, message: string) =>
      io.stderr(
        `warning: ${[where, path].filter(Boolean).join(': ')}${where || path ? ': ' : ''}${message}\n`,
      );

    const outputs: { path: string; data: Uint8Array }[] = [];
    if (pdfPath) {
      const { renderEditionPdf } = await import('@kiji/pdf');
      outputs.push({
        path: pdfPath,
        data: await renderEditionPdf(loaded.edition, {
          pageSize,
          root,
          maxImageBytes,
          ...cover,
          ...(print ? { print } : {}),
          ...(signature ? { signature } : {}),
          onWarning: ({ article, path, message }) =>
            warn(article === undefined ? undefined : loaded.files[article], path, message),
        }),
      });
    }
    if (epubPath) {
      const { toEditionEpub } = await import('@kiji/epub');
      outputs.push({
        path: epubPath,
        data: await toEditionEpub(loaded.edition, {
          vertical: values.vertical === true,
          embedFonts: values['embed-fonts'] === true,
          root,
          maxImageBytes,
          ...cover,
          onWarning: ({ path, message }) => warn(undefined, path, message),
        }),
      });
    }
    await writeOutputs(outputs, io.cwd);
    for (const { path } of outputs) io.stdout(`wrote ${path}\n`);
    return EXIT.ok;
  },
};

/**
 * One `.json` file that is not an article (no `"type": "article"`), or one `.md` file whose front
 * matter lists `articles:`, is a manifest; anything else is a quick pack.
 */
async function isManifest(path: string, cwd: string): Promise<boolean> {
  if (/\.(md|markdown)$/i.test(path)) {
    const text = await readArticleText(path, cwd);
    const front = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    return /^articles[ \t]*:/m.test(front);
  }
  if (!/\.json$/i.test(path)) return false;
  const data = parseJsonText(await readArticleText(path, cwd), path);
  return !(typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'article');
}

/** The edition fields given as options, checked like the manifest's. */
function metaOptions(values: Record<string, unknown>) {
  const meta: {
    title?: string;
    subtitle?: string;
    date?: string;
    language?: string;
    number?: number;
    publisher?: { name: string };
  } = {};
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const problems: { path: string; message: string }[] = [];
  if (text('title') !== undefined) {
    if (text('title')!.trim() === '') problems.push({ path: '--title', message: 'must not be empty' });
    meta.title = text('title')!;
  }
  if (text('subtitle') !== undefined) meta.subtitle = text('subtitle')!;
  if (text('date') !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text('date')!))
      problems.push({
        path: '--date',
        message: `expected an ISO date like 2025-10-29, got "${text('date')}"`,
      });
    meta.date = text('date')!;
  }
  if (text('language') !== undefined) {
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(text('language')!))
      problems.push({ path: '--language', message: 'expected a BCP 47 language tag like "ja" or "en-GB"' });
    meta.language = text('language')!;
  }
  if (text('number') !== undefined) {
    const number = Number(text('number'));
    if (!Number.isInteger(number) || number < 1)
      problems.push({ path: '--number', message: `expected a whole number from 1, got "${text('number')}"` });
    meta.number = number;
  }
  if (text('publisher') !== undefined) meta.publisher = { name: text('publisher')! };
  if (problems.length > 0) throw new UsageError(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return meta;
}
