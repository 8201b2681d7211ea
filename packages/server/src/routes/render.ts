import { PAGE_SIZE_NAMES, type PageSize } from '@kiji/pdf';
import type { RenderPool, RenderTask } from '@kiji/render-pool';
import type { FastifyInstance } from 'fastify';
import { loadPostedArticle } from '../article-body.js';
import type { ServiceMetrics } from '../metrics.js';
import { ProblemError } from '../problem.js';
import type { RenderGate } from '../render-gate.js';
import { problemResponses } from '../schemas.js';
import type { ResolvedServerOptions } from '../server-options.js';

/** What each format is sent as. */
const MEDIA_TYPES = {
  pdf: 'application/pdf',
  epub: 'application/epub+zip',
  html: 'text/html; charset=utf-8',
} as const;

interface RenderQuery {
  format: keyof typeof MEDIA_TYPES;
  pageSize?: PageSize;
  print?: boolean;
  bleed?: number;
  slug?: boolean;
  signature?: 4 | 8 | 16;
  vertical?: boolean;
  embedFonts?: boolean;
}

const querystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    format: { type: 'string', enum: ['pdf', 'epub', 'html'], default: 'pdf', description: 'What to render' },
    pageSize: { type: 'string', enum: PAGE_SIZE_NAMES, description: 'PDF page size (default A4)' },
    print: { type: 'boolean', description: 'PDF: print-ready (bleed, トンボ, CMYK ink, PDF/X-4)' },
    bleed: {
      type: 'number',
      minimum: 0,
      maximum: 20,
      description: 'PDF with print: bleed in mm (default 3)',
    },
    slug: { type: 'boolean', description: 'PDF with print: a slug line outside the bleed' },
    signature: { type: 'integer', enum: [4, 8, 16], description: 'PDF: pad the page count to a multiple' },
    vertical: { type: 'boolean', description: 'EPUB and HTML: vertical writing (縦書き)' },
    embedFonts: {
      type: 'boolean',
      description:
        'Embed the Japanese fonts, cut down to the text: HTML carries them unless false, EPUB only when true',
    },
  },
} as const;

/** `POST /v1/render`: the article in, the file out. */
export function renderRoute(
  app: FastifyInstance,
  deps: { pool: RenderPool; gate: RenderGate; metrics: ServiceMetrics; options: ResolvedServerOptions },
): void {
  app.post<{ Querystring: RenderQuery; Body: string }>(
    '/render',
    {
      schema: {
        operationId: 'render',
        summary: 'Render an article to PDF, EPUB or HTML',
        description:
          'Answers with the file. Warnings (a character no font has, a figure not embedded) are counted in the Kiji-Warnings header and written to the service log.',
        querystring,
        response: {
          200: {
            description: 'The rendered file',
            content: Object.fromEntries(
              Object.values(MEDIA_TYPES).map((type) => [
                type.split(';')[0],
                { schema: { type: 'string', format: 'binary' } },
              ]),
            ),
          },
          ...problemResponses(400, 401, 408, 413, 415, 422, 500, 503, 504),
        },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const task = taskOf(query);
      const { article, warnings } = loadPostedArticle(request, deps.options.limits);
      const started = performance.now();
      let outcome = 'error';
      try {
        const result = await deps.gate.run((signal) => deps.pool.render({ ...task, article }, { signal }));
        if (!result.ok) {
          if (result.badInput) {
            outcome = 'bad-input';
            throw new ProblemError('invalid-input', 'the article cannot be rendered', {
              problems: result.problems,
            });
          }
          throw new Error(result.problems.map((problem) => problem.message).join('; '));
        }
        outcome = 'ok';
        const renderWarnings = result.warnings;
        if (renderWarnings.length > 0 || warnings.length > 0)
          request.log.info({ warnings: [...warnings, ...renderWarnings] }, 'render warnings');
        const body = query.format === 'html' ? result.html! : Buffer.from(result[query.format]!);
        const name = fileNameOf(article.id, query.format);
        return reply
          .header('content-type', MEDIA_TYPES[query.format])
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('kiji-warnings', String(warnings.length + renderWarnings.length))
          .send(body);
      } catch (error) {
        if (error instanceof ProblemError && error.kind === 'render-timeout') outcome = 'timeout';
        if (error instanceof ProblemError && error.kind === 'busy') outcome = 'busy';
        throw error;
      } finally {
        deps.metrics.renderDuration.observe(
          { format: query.format, outcome },
          (performance.now() - started) / 1000,
        );
        if (outcome === 'busy' || outcome === 'timeout') deps.metrics.rejected.inc({ reason: outcome });
      }
    },
  );
}

/** The render task's options from the query; an option for another format is a 400. */
function taskOf(query: RenderQuery): Omit<RenderTask, 'article'> {
  const misplaced = (names: (keyof RenderQuery)[], formats: string[]) => {
    for (const name of names) {
      if (query[name] !== undefined && !formats.includes(query.format))
        throw new ProblemError(
          'bad-request',
          `${name} applies to format=${formats.join(' or format=')} only, not format=${query.format}`,
        );
    }
  };
  misplaced(['pageSize', 'print', 'signature', 'bleed', 'slug'], ['pdf']);
  misplaced(['vertical'], ['epub', 'html']);
  misplaced(['embedFonts'], ['epub', 'html']);
  for (const name of ['bleed', 'slug'] as const) {
    if (query[name] !== undefined && !query.print)
      throw new ProblemError(
        'bad-request',
        `${name} applies to print=true only: add print=true or drop ${name}`,
      );
  }
  switch (query.format) {
    case 'pdf':
      return {
        pdf: {
          ...(query.pageSize ? { pageSize: query.pageSize } : {}),
          ...(query.print
            ? {
                print: {
                  ...(query.bleed !== undefined ? { bleed: query.bleed } : {}),
                  ...(query.slug ? { slug: true } : {}),
                },
              }
            : {}),
          ...(query.signature ? { signature: query.signature } : {}),
        },
      };
    case 'epub':
      return { epub: { vertical: query.vertical === true, embedFonts: query.embedFonts === true } };
    case 'html':
      return {
        html: {
          vertical: query.vertical === true,
          ...(query.embedFonts === false ? { embedFonts: false } : {}),
        },
      };
  }
}

/** `summit-2025.pdf`: the article's id when it is a safe file name, else `article`. */
function fileNameOf(id: string | undefined, format: string): string {
  const base = id && /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id) ? id : 'article';
  return `${base}.${format}`;
}
