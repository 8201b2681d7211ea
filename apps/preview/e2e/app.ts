import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumLaunchOptions } from '@kiji/fixtures';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';

const root = resolve(process.cwd());
/** Screenshots of the main views, kept for people to look at. */
export const SHOTS = resolve(root, '../../out/preview');

export interface Session {
  server: PreviewServer;
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** Serve the built app (`pnpm build` makes `dist/`) on a free port and start Chromium. */
export async function start(): Promise<Session> {
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('apps/preview/dist is missing: run `pnpm --filter @kiji/preview build` first');
  }
  mkdirSync(SHOTS, { recursive: true });
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server printed no URL');
  const browser = await chromium.launch(chromiumLaunchOptions());
  return {
    server,
    browser,
    url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A page of the app with the flagship open and its HTML view drawn. Page errors are collected,
 * and every request that leaves the app (anything but its own origin, data: and blob: URLs).
 */
export async function openApp(
  session: Session,
): Promise<{ page: Page; errors: string[]; outside: string[] }> {
  const context = await session.browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('close', () => {
    context.close().catch(() => {});
  });
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The context sees the workers' requests too (the render worker fetches the fonts).
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(session.url) && !/^(data|blob):/.test(url)) outside.push(url);
  });
  await page.goto(session.url);
  await htmlView(page).locator('h1').waitFor();
  return { page, errors, outside };
}

/** The HTML view's document. */
export function htmlView(page: Page) {
  return page.frameLocator('iframe.html-view');
}

/** The HTML view's frame, for evaluating in it. */
export function htmlFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  if (!frame) throw new Error('the HTML view has no frame');
  return frame;
}

export { CHROMIUM, hasChromium } from '@kiji/fixtures';
