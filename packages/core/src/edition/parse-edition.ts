import { InputError } from '../errors.js';
import { checkReferences } from '../parse-article.js';
import { toProblems } from '../zod-problems.js';
import type { EditionManifest } from './model.js';
import { EditionManifestSchema } from './schema.js';

/**
 * Validate an edition manifest (parsed JSON or front matter) and return it typed. Inline articles
 * are checked like any article (ids unique, references resolve), their problems placed under
 * `articles[i].article`. Throws one `InputError` listing every problem. Article files named by
 * path are not read here: loading them is the caller's job.
 */
export function parseEditionManifest(input: unknown, file?: string): EditionManifest {
  const result = EditionManifestSchema.safeParse(input);
  if (!result.success) throw new InputError(toProblems(result.error, input), file);
  const manifest = result.data as EditionManifest;
  const problems = manifest.articles.flatMap((entry, index) =>
    typeof entry === 'object' && 'article' in entry
      ? checkReferences(entry.article).map((problem) => ({
          ...problem,
          path: `articles[${index}].article.${problem.path}`,
        }))
      : [],
  );
  if (problems.length > 0) throw new InputError(problems, file);
  return manifest;
}
