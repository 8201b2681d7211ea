import type { InjectOptions } from 'fastify';
import { afterAll, describe, expect, test } from 'vitest';
// The render pool starts worker threads on its built worker file: the service is tested built.
import { createServer } from '../dist/index.js';
import { example, fixture, isPdf, isZip, PAGE_TEXT, post } from './helpers.js';

const json = { 'content-type': 'application/json' };
const markdown = { 'content-type': 'text/markdown; charset=utf-8' };

describe('the render service', async () => {
  const app = await createServer({ workers: 1, logger: false });
  afterAll(() => app.close());

  test('renders JSON to a PDF, Markdown to an EPUB, page text to HTML', async () => {
    const pdf = await post(app, '/v1/render?format=pdf&pageSize=A5', fixture('002-sourced-quote'));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(isPdf(pdf.rawPayload)).toBe(true);

    const epub = await post(
      app,
      '/v1/render?format=epub&vertical=true',
      example('eu-ai-act/article.md'),
      markdown,
    );
    expect(epub.statusCode).toBe(200);
    expect(epub.headers['content-type']).toBe('application/epub+zip');
    expect(epub.headers['content-disposition']).toBe('attachment; filename="eu-ai-act.epub"');
    expect(isZip(epub.rawPayload)).toBe(true);

    const html = await post(app, '/v1/render?format=html', PAGE_TEXT, { 'content-type': 'text/plain' });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body).toContain('港湾の新しい防波堤が完成');
    expect(html.body).toContain('src: url("data:font/woff;base64,');
    const plain = await app.inject({
      method: 'POST',
      url: '/v1/render?format=html&embedFonts=false',
      headers: { 'content-type': 'text/plain' },
      payload: PAGE_TEXT,
    });
    expect(plain.statusCode).toBe(200);
    expect(plain.body).toContain('港湾の新しい防波堤が完成');
    expect(plain.body).not.toContain('@font-face');
  });

  test('a saved web page is read as kiji import reads it', async () => {
    const page = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>港湾の新しい防波堤が完成</title>
<meta property="article:published_time" content="2025-11-03T10:00:00+09:00"></head>
<body><nav>ホーム ニュース</nav><article><h1>港湾の新しい防波堤が完成</h1>
<p>市の港湾局は3日、五年かけて整備した新しい防波堤が完成したと発表した。高潮への備えが強まる。</p>
<p>局長は「市民の安全を守る大きな一歩だ」と述べた。整備は国の補助を受けて進められた。</p></article></body></html>`;
    const response = await post(app, '/v1/render?format=html', page, { 'content-type': 'text/html' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('五年かけて整備した');
    expect(response.body).not.toContain('ホーム ニュース');
  });

  test('validate lists every problem with its JSON path, and lines for text', async () => {
    const valid = await post(app, '/v1/validate', fixture('001-minimal'));
    expect(valid.json()).toEqual({ valid: true, problems: [], warnings: [] });

    const article = JSON.parse(fixture('002-sourced-quote'));
    article.children[0].children[0].sourceId = 'nowhere';
    delete article.meta.language;
    const invalid = await post(app, '/v1/validate', JSON.stringify(article));
    expect(invalid.statusCode).toBe(200);
    const result = invalid.json();
    expect(result.valid).toBe(false);
    expect(result.problems.map((problem: { path: string }) => problem.path)).toContain('meta.language');

    const syntax = await post(app, '/v1/validate', '{\n  "type": "article",\n  oops\n}');
    expect(syntax.json().problems[0]).toMatchObject({ line: 3 });

    const md = await post(app, '/v1/validate', '---\ntitle: x\n---\n\ntext\n', markdown);
    expect(md.json().problems).toContainEqual(expect.objectContaining({ path: 'meta.language', line: 1 }));
  });

  test('render answers a bad article with 422 and its problems', async () => {
    const response = await post(app, '/v1/render', '{"type":"article"}');
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const problem = response.json();
    expect(problem).toMatchObject({ status: 422, title: 'The input is not valid' });
    expect(problem.type).toMatch(/#problem-invalid-input$/);
    expect(problem.problems[0]).toMatchObject({ path: 'schemaVersion' });
    expect(problem.instance).toBe(response.headers['x-request-id']);
  });

  test('lint returns findings with lines and columns; rules can be switched off', async () => {
    const text = example('summit-2025/article.md');
    const all = await app.inject({ method: 'POST', url: '/v1/lint', headers: markdown, payload: text });
    expect(all.statusCode).toBe(200);
    const { findings, counts } = all.json();
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.find((finding: { line?: number }) => finding.line !== undefined)).toBeDefined();
    expect(counts.error + counts.warning + counts.info).toBe(findings.length);
    const rule = findings[0].rule as string;
    const off = await post(app, `/v1/lint?rule=${rule}=off`, text, markdown);
    expect(off.json().findings.some((finding: { rule: string }) => finding.rule === rule)).toBe(false);
    const bad = await post(app, '/v1/lint?rule=no-such-rule=off', text, markdown);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('no-such-rule');
  });

  test('hostile and mistaken requests get a clear problem document', async () => {
    const cases: [string, InjectOptions, number, RegExp][] = [
      [
        'wrong content type',
        {
          method: 'POST',
          url: '/v1/render',
          headers: { 'content-type': 'application/xml' },
          payload: '<a/>',
        },
        415,
        /application\/xml/,
      ],
      ['no content type', { method: 'POST', url: '/v1/render', payload: 'text' }, 415, /./],
      [
        'deeply nested JSON',
        { method: 'POST', url: '/v1/render', headers: json, payload: '['.repeat(200_000) },
        400,
        /nested more than 128/,
      ],
      [
        'an empty body',
        { method: 'POST', url: '/v1/validate', headers: markdown, payload: '  ' },
        400,
        /empty/,
      ],
      [
        'an unknown parameter',
        { method: 'POST', url: '/v1/render?formt=pdf', headers: json, payload: '{}' },
        400,
        /querystring\.formt/,
      ],
      [
        'an unknown format',
        { method: 'POST', url: '/v1/render?format=docx', headers: json, payload: '{}' },
        400,
        /pdf, epub, html/,
      ],
      [
        'an option of another format',
        { method: 'POST', url: '/v1/render?format=html&pageSize=A5', headers: json, payload: '{}' },
        400,
        /pageSize applies to format=pdf/,
      ],
      [
        'bleed without print',
        { method: 'POST', url: '/v1/render?bleed=3', headers: json, payload: '{}' },
        400,
        /print=true/,
      ],
      ['no such route', { method: 'GET', url: '/v2/render' }, 404, /no route GET \/v2\/render/],
    ];
    for (const [name, request, status, detail] of cases) {
      const response = await app.inject(request);
      expect(response.statusCode, name).toBe(status);
      expect(response.headers['content-type'], name).toContain('application/problem+json');
      expect(response.json().detail, name).toMatch(detail);
    }
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  test('a client request id is kept and logged; a strange one is replaced', async () => {
    const kept = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'cms-42.a' },
    });
    expect(kept.headers['x-request-id']).toBe('cms-42.a');
    const replaced = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'a b\u0007' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('CORS is off unless origins are given', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { origin: 'https://cms.example' },
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('the OpenAPI document lists every route, the article body and resolvable references', async () => {
    const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/healthz',
        '/readyz',
        '/metrics',
        '/openapi.json',
        '/v1/render',
        '/v1/validate',
        '/v1/lint',
      ]),
    );
    const render = document.paths['/v1/render'].post;
    expect(Object.keys(render.requestBody.content)).toEqual([
      'application/json',
      'text/markdown',
      'text/x-markdown',
      'text/plain',
      'text/html',
    ]);
    expect(render.parameters.map((parameter: { name: string }) => parameter.name)).toContain('pageSize');
    expect(render.responses['503'].content['application/problem+json']).toBeDefined();
    const references = new Set<string>();
    JSON.stringify(document, (key, value) => {
      if (key === '$ref') references.add(value);
      return value;
    });
    expect(references.size).toBeGreaterThan(5);
    for (const reference of references) {
      expect(reference, reference).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas[reference.split('/').pop()!], reference).toBeDefined();
    }
  });

  test('metrics count requests, renders and the queue', async () => {
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toMatch(/kiji_http_requests_total\{method="POST",route="\/v1\/render",status="200"\} 5/);
    expect(text).toMatch(/kiji_render_duration_seconds_count\{format="pdf",outcome="ok"\} 1/);
    expect(text).toContain('kiji_render_queue_depth 0');
    expect(text).toContain('kiji_render_worker_restarts_total 0');
  });
});

describe('limits', async () => {
  const app = await createServer({
    workers: 1,
    logger: false,
    limits: { maxInputBytes: 2000, maxBlocks: 3 },
  });
  afterAll(() => app.close());

  test('a body over the size limit is 413 and not read; an article over the block limit is 413', async () => {
    const big = await post(app, '/v1/validate', 'x'.repeat(5000));
    expect(big.statusCode).toBe(413);
    expect(big.json().detail).toContain('larger than the 2 kB this service reads');
    const article = JSON.parse(fixture('001-minimal'));
    article.children = Array.from({ length: 5 }, () => article.children[0]);
    const blocks = await post(app, '/v1/render', JSON.stringify(article));
    expect(blocks.statusCode).toBe(413);
    expect(blocks.json().detail).toMatch(/5 blocks.*more than the 3.*--max-blocks/);
  });
});

describe('bearer tokens and CORS', async () => {
  const app = await createServer({
    workers: 1,
    logger: false,
    tokens: ['s3cret', 'other'],
    corsOrigins: ['https://cms.example'],
  });
  afterAll(() => app.close());
  const body = { method: 'POST' as const, url: '/v1/validate', payload: fixture('001-minimal') };

  test('/v1/ needs a configured token; health and metrics do not', async () => {
    const none = await app.inject({ ...body, headers: json });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    const wrong = await app.inject({ ...body, headers: { ...json, authorization: 'Bearer s3cre' } });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({ ...body, headers: { ...json, authorization: 'Bearer other' } });
    expect(right.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });

  test('CORS answers the configured origins only', async () => {
    const allowed = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { origin: 'https://cms.example' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://cms.example');
    const other = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
