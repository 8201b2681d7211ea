// kiji.config.json (or .kijirc.json): next to the article, else in the working directory, or
// named with --config. Every key is checked; an unknown one is an error naming it and the file.
import { access, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { InputError, type InputProblem, isInputError, parseJsonText } from '@kiji/core';
import { type LintConfig, parseLintConfig } from '@kiji/lint';
import { UsageError } from '../io.js';
import { parseRenderSettings, type RenderSettings } from './render-settings.js';

/** Config file names, in the order they are looked for. */
export const CONFIG_NAMES = ['kiji.config.json', '.kijirc.json'];

/** What a config file may hold. */
const SECTIONS = ['$schema', 'lint', 'render'];

export interface KijiConfig {
  /** The file as the user sees it (relative to the working directory). */
  file: string;
  lint: LintConfig;
  render: RenderSettings;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** The config next to `article` (a path; none for standard input), else in `cwd`, else none. */
export async function findConfig(article: string | undefined, cwd: string): Promise<string | undefined> {
  for (const dir of article ? [dirname(article), cwd] : [cwd]) {
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (await exists(file)) return file;
    }
  }
  return undefined;
}

/** Read and check a config file; every problem names the file and its JSON path. */
export async function readConfig(file: string, shown: string): Promise<KijiConfig> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'EISDIR' ? 'is a directory, not a config file' : `cannot be read (${code ?? error})`;
    throw new InputError([{ path: '', message: `${reason}: give a JSON file like kiji.config.json` }], shown);
  });
  const json = parseJsonText(text, shown);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InputError(
      [{ path: '', message: 'expected a JSON object like { "render": { … }, "lint": { "rules": { … } } }' }],
      shown,
    );
  }
  const problems: InputProblem[] = [];
  for (const key of Object.keys(json)) {
    if (!SECTIONS.includes(key)) {
      problems.push({
        path: key,
        message: `unknown setting "${key}": a Kiji config holds ${SECTIONS.map((name) => `"${name}"`).join(', ')}`,
      });
    }
  }
  const record = json as Record<string, unknown>;
  let lint: LintConfig = { rules: {} };
  try {
    lint = parseLintConfig(record.lint, shown);
  } catch (error) {
    if (!isInputError(error)) throw error;
    problems.push(...error.problems);
  }
  const render = await parseRenderSettings(record.render, file);
  problems.push(...render.problems);
  if (problems.length > 0) throw new InputError(problems, shown);
  return { file: shown, lint, render: render.settings };
}

/**
 * The config a command uses: `--config FILE` when given (it must exist), else the one found for
 * `article`, else none.
 */
export async function configFor(
  values: Record<string, unknown>,
  article: string | undefined,
  cwd: string,
): Promise<KijiConfig | undefined> {
  if (typeof values.config === 'string') {
    const file = resolve(cwd, values.config);
    if (!(await exists(file))) throw new UsageError(`--config ${values.config}: no such file`);
    return readConfig(file, values.config);
  }
  const found = await findConfig(article, cwd);
  return found ? readConfig(found, relative(cwd, found) || found) : undefined;
}
