import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

// Usage: chromium-pdf <page.html> <out.pdf> — a hand-made Chromium print script, as users write them.
const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: chromium-pdf <page.html> <out.pdf>');

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
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(input).href, { waitUntil: 'load' });
  await page.addStyleTag({ content: fontFaces });
  await page.evaluate('document.fonts.ready');
  await page.pdf({ path: output, format: 'A4', printBackground: true, displayHeaderFooter: true });
} finally {
  await browser.close();
}
