import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The packages the README says run in a browser. */
const BROWSER_PACKAGES = [
  '@kiji/core',
  '@kiji/html',
  '@kiji/markdown',
  '@kiji/import-text',
  '@kiji/import-html',
  '@kiji/load',
  '@kiji/lint',
];

async function bundle(code: string): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: code, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    // A Node-only function may load a built-in lazily (`await import('node:fs/promises')`); what
    // matters is that nothing imports one when the module loads.
    external: ['node:*'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1000)} kB`;

describe('browser bundles', () => {
  it.each(BROWSER_PACKAGES)('%s bundles for the browser with no Node built-in', async (name) => {
    const whole = await bundle(`export * from '${name}';`);
    expect(new TextDecoder().decode(whole)).not.toMatch(/\bfrom\s*"node:|\brequire\("/);
    console.log(`${name}: ${kilobytes(whole.length)} minified, ${kilobytes(gzipSync(whole).length)} gzipped`);
    expect(whole.length).toBeGreaterThan(0);
  });

  it('a page that validates and renders HTML carries no PDF or EPUB code', async () => {
    const page = await bundle(
      `import { parseArticle } from '@kiji/core'; import { toHtml } from '@kiji/html';
       export const render = (json: unknown) => toHtml(parseArticle(json));`,
    );
    console.log(
      `parseArticle + toHtml: ${kilobytes(page.length)} minified, ${kilobytes(gzipSync(page).length)} gzipped`,
    );
    expect(new TextDecoder().decode(page)).not.toContain('react-pdf');
  });
});
