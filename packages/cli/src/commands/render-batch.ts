import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, isInputError } from '@kiji/core';
import type { RenderFormat, RenderResult, RenderTask } from '@kiji/render-pool';
import { setBatchV8Flags } from '../batch-v8-flags.js';
import { readCoverOption } from '../cover-option.js';
import { fileAccess } from '../file-access.js';
import { readLimits } from '../input-limits.js';
import { EXIT, type Io, UsageError } from '../io.js';
import { loadArticleResult } from '../load-article.js';
import { writeOutputs } from '../write-output.js';
import { outputNames } from './output-names.js';

/** How the batch was asked for: `kiji render a.json b.md … --out-dir DIR [--jobs N] [--pdf] …`. */
export interface BatchRequest {
  inputs: string[];
  outDir: string;
  formats: RenderFormat[];
  values: Record<string, unknown>;
  /** Show a progress bar (stderr is a terminal). */
  progress: boolean;
  /** --quiet: print nothing but problems (no bar, no summary). */
  quiet: boolean;
}

/** What happened to one input. */
interface Outcome {
  input: string;
  files: string[];
  messages: string[];
  failed: boolean;
}

const EXTENSION: Record<RenderFormat, string> = { pdf: 'pdf', epub: 'epub', html: 'html' };

/**
 * What each worker imports first (the compiled-code cache): next to this module in the build
 * (dist/ is flat); absent when the command runs from its TypeScript sources, as in its tests.
 */
function workerSetup(): URL | undefined {
  const url = new URL('./render-worker-setup.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/** The number of workers: --jobs, else one per CPU, never more than there are inputs. */
export function jobsOf(value: unknown, inputs: number): number {
  if (value === undefined) return Math.max(1, Math.min(availableParallelism(), inputs));
  const text = String(value);
  if (!/^[1-9]\d*$/.test(text))
    throw new UsageError(`--jobs "${text}": give a whole number of workers, 1 or more`);
  return Math.min(Number(text), Math.max(1, inputs));
}

/**
 * Render many articles on a pool of worker threads. An article that cannot be read or rendered
 * is reported and skipped; the others are written (each output whole or not at all) and the
 * command exits 1 at the end if any failed.
 */
export async function renderBatch(request: BatchRequest, io: Io): Promise<number> {
  const started = process.hrtime.bigint();
  const { inputs, outDir, values } = request;
  const workers = jobsOf(values.jobs, inputs.length);
  const names = outputNames(inputs, io.cwd);
  // The workers start first, and load the renderers while this thread reads the articles.
  setBatchV8Flags();
  const { createRenderPool } = await import('@kiji/render-pool');
  const setup = workerSetup();
  const pool = createRenderPool({ workers, preload: request.formats, ...(setup ? { setup } : {}) });
  const bar = request.progress && !request.quiet ? await progressBar(inputs.length) : undefined;
  const outcomes: Outcome[] = [];
  try {
    await Promise.all(
      inputs.map(async (input, index) => {
        const outcome = await renderOne(input, names[index]!, request, io, (task) => pool.render(task));
        outcomes[index] = outcome;
        bar?.increment(1, { file: input });
      }),
    );
  } finally {
    bar?.stop();
    await pool.close();
  }
  // Reported after the bar, in the order the articles were given, whatever order they finished in.
  for (const outcome of outcomes) {
    for (const message of outcome.messages) io.stderr(`${message}\n`);
  }
  const failed = outcomes.filter((outcome) => outcome.failed);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const files = outcomes.reduce((sum, outcome) => sum + outcome.files.length, 0);
  if (!request.quiet) {
    io.stdout(
      `rendered ${inputs.length - failed.length} of ${inputs.length} articles (${files} files in ${outDir}) in ${seconds.toFixed(1)} s with ${workers} worker${workers === 1 ? '' : 's'}\n`,
    );
  }
  if (failed.length > 0) {
    io.stderr(`failed (${failed.length}): ${failed.map((outcome) => outcome.input).join(', ')}\n`);
    return EXIT.badInput;
  }
  return EXIT.ok;
}

async function renderOne(
  input: string,
  name: string,
  request: BatchRequest,
  io: Io,
  render: (task: RenderTask) => Promise<RenderResult>,
): Promise<Outcome> {
  const messages: string[] = [];
  const fail = (lines: string[]): Outcome => ({
    input,
    files: [],
    messages: [...messages, ...lines],
    failed: true,
  });
  try {
    const { article } = await loadArticleResult(input, io.cwd, (text) => messages.push(text.trimEnd()), {
      from: request.values.from,
      limits: readLimits(request.values),
    });
    const { values, formats, outDir } = request;
    const target = (format: RenderFormat) => join(outDir, `${name}.${EXTENSION[format]}`);
    const access = await fileAccess(values, [resolve(io.cwd, input)], io.cwd);
    const task: RenderTask = { article, ...access };
    if (formats.includes('pdf')) {
      task.pdf = values['page-size'] === undefined ? {} : { pageSize: values['page-size'] as never };
    }
    if (formats.includes('epub')) {
      task.epub = {
        vertical: values.vertical === true,
        embedFonts: values['embed-fonts'] === true,
        ...(typeof values.cover === 'string'
          ? { cover: readCoverOption(values.cover, io.cwd, access.maxImageBytes) }
          : {}),
      };
    }
    if (formats.includes('html')) {
      task.html = {
        vertical: values.vertical === true,
        outputDir: resolve(io.cwd, outDir),
        ...(values['no-remote'] === true ? { remote: false } : {}),
        ...(values['no-embed-fonts'] === true ? { embedFonts: false } : {}),
      };
    }
    const result = await render(task);
    for (const warning of result.warnings) {
      messages.push(`${input}: warning: ${warning.path ? `${warning.path}: ` : ''}${warning.message}`);
    }
    if (!result.ok) return fail(result.problems.map((problem) => formatProblem(problem, input)));
    const files = formats.map((format) => ({ path: target(format), data: result[format]! }));
    await writeOutputs(files, io.cwd);
    return { input, files: files.map((file) => file.path), messages, failed: false };
  } catch (error) {
    if (isInputError(error)) return fail(error.problems.map((problem) => formatProblem(problem, error.file)));
    const message = error instanceof Error ? error.message : String(error);
    return fail([`${input}: ${message}`]);
  }
}

/** A progress bar on stderr (cli-progress), loaded only when stderr is a terminal. */
async function progressBar(total: number) {
  const { default: progress } = await import('cli-progress');
  const bar = new progress.SingleBar(
    {
      format: 'rendering [{bar}] {value}/{total} articles  {file}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    progress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return bar;
}
