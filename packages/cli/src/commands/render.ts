import { resolve } from 'node:path';
import { isInputError } from '@kiji/core';
import type { RenderFormat } from '@kiji/render-pool';
import type { Command } from '../command.js';
import { configFor } from '../config/config-file.js';
import { withRenderSettings } from '../config/render-settings.js';
import { DEFAULT_MAX_IMAGE_MB, fileAccess, fileOptions } from '../file-access.js';
import { LIMIT_HELP, LIMIT_OPTIONS, readLimits } from '../input-limits.js';
import { EXIT, type Io, STDIO, UsageError } from '../io.js';
import { FROM_HELP, fromOption, loadArticle } from '../load-article.js';
import { outputFormats } from '../outputs/index.js';
import type { OutputFormat } from '../outputs/output.js';
import { checkSourceDateEpoch } from '../source-date-epoch.js';
import { checkOutputPaths, writeOutputs } from '../write-output.js';
import { jobsOf, renderBatch } from './render-batch.js';

const formatOptions = Object.fromEntries([
  ...Object.entries(fromOption),
  ['quiet', { type: 'boolean' as const, short: 'q' }],
  ...Object.entries(LIMIT_OPTIONS),
  ...outputFormats.flatMap((format) => [
    [format.flag, { type: 'string' as const }],
    ...Object.entries(format.options ?? {}).map(([name, option]) => [
      name,
      { type: option.type, ...(option.multiple ? { multiple: true } : {}) },
    ]),
  ]),
  ['config', { type: 'string' as const }],
  ['out-dir', { type: 'string' as const }],
  ['jobs', { type: 'string' as const }],
]);

const BATCH_ONLY = ['out-dir', 'jobs'];

/** Options and config settings the worker pool does not take (yet). */
const NOT_IN_BATCH = ['print', 'bleed', 'slug', 'signature', 'font', 'theme'];
const BATCH_SETTINGS = ['pageSize', 'vertical', 'embedFonts'];

/** One help line per option; an option several formats share (--vertical) is listed once. */
function helpLines(): string[] {
  const lines: string[] = [];
  const seen = new Map<string, number>();
  for (const format of outputFormats) {
    lines.push(`  --${`${format.flag} FILE`.padEnd(20)} ${format.description}`);
    for (const [name, option] of Object.entries(format.options ?? {})) {
      const index = seen.get(name);
      if (index !== undefined) {
        lines[index] += ` (also ${format.flag.toUpperCase()})`;
        continue;
      }
      seen.set(name, lines.length);
      lines.push(
        `  --${(option.type === 'string' ? `${name} VALUE` : name).padEnd(20)} ${option.description}`,
      );
    }
  }
  return lines;
}

export const render: Command = {
  name: 'render',
  summary: 'render an article to PDF, HTML or EPUB',
  help: `Usage: kiji render <article> ${outputFormats.map((format) => `[--${format.flag} FILE]`).join(' ')}
       kiji render <article>... --out-dir DIR [--jobs N] ${outputFormats.map((format) => `[--${format.flag}]`).join(' ')}

Renders one article to every output named. Nothing is written when the article is invalid;
each file is written whole or not at all. On a terminal, each format shows its progress on
stderr (a long PDF takes seconds). "-" as the article reads standard input (with
--from); "-" as one output writes it to standard output.

With --out-dir, renders every article given into DIR (a.json -> DIR/a.pdf, …; articles with
the same file name get their folder's name in front) on a pool of worker threads: the format
flags take no file name, and --pdf is the default. An article that cannot be read or rendered
is reported and skipped, the others are written; the exit code is 1 if any failed. A progress
bar shows on a terminal, a summary at the end.

Options:
${helpLines().join('\n')}
${FROM_HELP}
  --root DIR             folder figure files may come from (default: the article's folder);
                         absolute paths, file: URLs and paths or links out of it are refused
  --max-image-mb N       largest image file read, in megabytes (default ${DEFAULT_MAX_IMAGE_MB})
  --config FILE          read render settings from FILE (default: kiji.config.json or
                         .kijirc.json next to the article, else in the current directory)
  -q, --quiet            print nothing but problems (no progress, no list of files written)
${LIMIT_HELP}
  --out-dir DIR          render every article given into DIR, on worker threads
  --jobs N               with --out-dir: number of worker threads (default: one per CPU)

Figure paths are relative to the article file; only regular files inside the root are read.

Settings: a flag given here wins over the "render" settings of kiji.config.json, which win over
the defaults; e.g. { "render": { "pageSize": "JIS-B5", "fonts": { "serif": "fonts/Mincho.otf" },
"theme": "theme.json" } }. A --font for a role (serif, serif-bold…) replaces the config's fonts
of that family. Unknown keys in the config are errors.

Examples:
  kiji render article.json --pdf out/article.pdf --html out/article.html
  kiji render article.md --epub out/article.epub --vertical --embed-fonts
  cat article.md | kiji render - --from md --pdf - > article.pdf
  kiji render article.json --pdf out/a.pdf --font serif=fonts/Mincho.otf --theme theme.json`,
  options: { ...formatOptions, ...fileOptions },
  // With --out-dir the format flags name no file: \`--pdf\` alone is parsed as \`--pdf=\`.
  normalizeArgs(args) {
    if (!args.some((arg) => arg === '--out-dir' || arg.startsWith('--out-dir='))) return args;
    const flags = new Set(outputFormats.map((format) => `--${format.flag}`));
    return args.map((arg) => (flags.has(arg) ? `${arg}=` : arg));
  },
  async run({ positionals, values: given }, io) {
    let values: Record<string, unknown> = given;
    if (typeof values['out-dir'] === 'string') return runBatch(positionals, values, io);
    for (const name of BATCH_ONLY) {
      if (values[name] !== undefined)
        throw new UsageError(`--${name} applies to --out-dir only: add --out-dir DIR`);
    }
    if (positionals.length !== 1) {
      throw new UsageError(
        'expected exactly one article file (several: name an --out-dir for their outputs)',
      );
    }
    const requested = outputFormats.filter((format) => typeof values[format.flag] === 'string');
    if (requested.length === 0) {
      throw new UsageError(
        `name at least one output: ${outputFormats.map((f) => `--${f.flag} FILE`).join(', ')}`,
      );
    }
    const path = positionals[0]!;
    // Everything about how the command was called is checked before the article is read.
    checkUnusedOptions(requested, values);
    values = await withConfig(values, requested, path === STDIO ? undefined : resolve(io.cwd, path), io);
    const toStdout = requested.filter((format) => values[format.flag] === STDIO);
    if (toStdout.length > 1) {
      throw new UsageError(
        `${toStdout.map((format) => `--${format.flag}`).join(' and ')} both write to standard output (-): give all but one a file`,
      );
    }
    checkOutputPaths(
      requested
        .filter((format) => values[format.flag] !== STDIO)
        .map((format) => ({ flag: `--${format.flag}`, path: values[format.flag] as string })),
      path === STDIO ? [] : [path],
      io.cwd,
    );
    checkSourceDateEpoch();
    for (const format of requested) await format.check?.(values, io);
    // Figures of an article read from standard input resolve against the working directory.
    const access = await fileAccess(values, [resolve(io.cwd, path === STDIO ? 'stdin' : path)], io.cwd);
    const article = await loadArticle(path, io.cwd, io.stderr, {
      from: values.from,
      readStdin: io.readStdin,
      limits: readLimits(values),
    });
    // Render everything first, then write: a failing format leaves no partial set of files.
    const rendered = [];
    const progress = io.stderrIsTerminal === true && !values.quiet;
    for (const format of requested) {
      const started = performance.now();
      if (progress) io.stderr(`kiji: rendering ${format.flag.toUpperCase()}…`);
      rendered.push({
        path: values[format.flag] as string,
        // A refused figure is the article's problem: name the article file with its JSON path.
        data: await format.render(article, { values, files: access }, io).catch((error: unknown) => {
          throw isInputError(error) && error.file === undefined ? error.withFile(path) : error;
        }),
      });
      if (progress) io.stderr(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
    const files = rendered.filter((file) => file.path !== STDIO);
    await writeOutputs(files, io.cwd);
    const piped = rendered.find((file) => file.path === STDIO);
    if (piped) {
      if (!io.writeStdout) throw new UsageError('there is no standard output to write to (-)');
      await io.writeStdout(piped.data);
    }
    // Standard output carries an output's bytes when one is "-": the file list goes to stderr.
    if (!values.quiet) for (const { path: file } of files) (piped ? io.stderr : io.stdout)(`wrote ${file}\n`);
    return EXIT.ok;
  },
};

/** `kiji render a.json b.md … --out-dir DIR`: checks, then the worker pool. */
async function runBatch(positionals: string[], given: Record<string, unknown>, io: Io): Promise<number> {
  let values = given;
  if (positionals.length === 0) throw new UsageError('name the article files to render into --out-dir');
  if (positionals.includes(STDIO)) {
    throw new UsageError(
      'with --out-dir every article is a file: standard input (-) has no name to give its outputs',
    );
  }
  const outDir = String(values['out-dir']);
  if (outDir.trim() === '') throw new UsageError('--out-dir needs a folder: --out-dir DIR');
  for (const format of outputFormats) {
    const value = values[format.flag];
    if (typeof value === 'string' && value !== '') {
      throw new UsageError(
        `--${format.flag}=${value}: with --out-dir the outputs are named for you; give --${format.flag} alone`,
      );
    }
  }
  const named = outputFormats.filter((format) => values[format.flag] !== undefined);
  const requested = named.length > 0 ? named : outputFormats.filter((format) => format.flag === 'pdf');
  checkUnusedOptions(requested, values);
  for (const name of Object.keys(values)) {
    if (values[name] !== undefined && NOT_IN_BATCH.includes(name)) {
      throw new UsageError(`--${name} is not available with --out-dir yet: render those articles one by one`);
    }
  }
  values = await withConfig(values, requested, resolve(io.cwd, positionals[0]!), io, BATCH_SETTINGS);
  checkSourceDateEpoch();
  for (const format of requested) await format.check?.(values, io);
  jobsOf(values.jobs, positionals.length);
  readLimits(values);
  // A --root must hold every article; without one each article's folder is its own root.
  if (typeof values.root === 'string' || values['max-image-mb'] !== undefined) {
    await fileAccess(
      { ...values, ...(typeof values.root === 'string' ? {} : { root: undefined }) },
      typeof values.root === 'string' ? positionals.map((input) => resolve(io.cwd, input)) : [],
      io.cwd,
    );
  }
  return renderBatch(
    {
      inputs: positionals,
      outDir,
      formats: requested.map((format) => format.flag as RenderFormat),
      values,
      progress: io.stderrIsTerminal === true,
      quiet: values.quiet === true,
    },
    io,
  );
}

/**
 * The values with kiji.config.json's render settings (--config FILE, else the config next to
 * the article or in the working directory) added where no flag was given.
 */
async function withConfig(
  values: Record<string, unknown>,
  requested: readonly OutputFormat[],
  article: string | undefined,
  io: Io,
  only?: readonly string[],
): Promise<Record<string, unknown>> {
  const config = await configFor(values, article, io.cwd);
  if (!config) return values;
  if (only) {
    const unused = Object.keys(config.render).filter((key) => !only.includes(key));
    if (unused.length > 0) {
      io.stderr(
        `kiji: ${config.file}: ${unused.map((key) => `render.${key}`).join(', ')} not used with --out-dir\n`,
      );
    }
  }
  return withRenderSettings(
    values,
    only
      ? Object.fromEntries(Object.entries(config.render).filter(([key]) => only.includes(key)))
      : config.render,
    (option) => requested.some((format) => format.options !== undefined && option in format.options),
  );
}

/** An option only another format reads (`--page-size` without `--pdf`) is a mistake, not a no-op. */
function checkUnusedOptions(requested: readonly OutputFormat[], values: Record<string, unknown>): void {
  for (const format of outputFormats) {
    for (const name of Object.keys(format.options ?? {})) {
      if (values[name] === undefined) continue;
      if (requested.some((other) => other.options && name in other.options)) continue;
      const owners = outputFormats.filter((other) => other.options && name in other.options);
      throw new UsageError(
        `--${name} applies to ${owners.map((owner) => `--${owner.flag}`).join(' and ')} only: add that output or drop --${name}`,
      );
    }
  }
}
