import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumLaunchOptions } from '@kiji/fixtures';
import { type Browser, chromium, type Page } from 'playwright-core';

// The same Noto fonts Kiji embeds, as a user with them installed would have: without them
// Chromium prints tofu boxes and the comparison would flatter it.
const require = createRequire(import.meta.url);
const fontFile = (family: string, weight: 400 | 700) => {
  const name = family.replace(/ /g, '');
  const dir = dirname(
    require.resolve(`@expo-google-fonts/${family.toLowerCase().replace(/ /g, '-')}/package.json`),
  );
  const style = weight === 400 ? '400Regular' : '700Bold';
  return pathToFileURL(join(dir, style, `${name}_${style}.ttf`)).href;
};
const fontFaces = (['Noto Serif JP', 'Noto Sans JP'] as const)
  .flatMap((family) =>
    ([400, 700] as const).map(
      (weight) =>
        `@font-face { font-family: "${family}"; font-weight: ${weight}; src: url("${fontFile(family, weight)}"); }`,
    ),
  )
  .join('\n');

/** Debian's Chromium, headless, with the flags a print script on a server uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** Load `url` in `page` and print it to `output` (A4, backgrounds, header and footer). */
export async function printPage(page: Page, url: string, output: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.addStyleTag({ content: fontFaces });
  await page.evaluate('document.fonts.ready');
  await page.pdf({ path: output, format: 'A4', printBackground: true, displayHeaderFooter: true });
}
