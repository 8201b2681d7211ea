import { readFileSync } from 'node:fs';
import { isJapanese, parseArticle } from '@kiji/core';
import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { type HtmlWarning, toHast, toHtml, toHtmlWithFonts } from '../src/index.js';
import { bundledHas, embeddedFaces, faceHas, ignorable } from './fonts-support.js';
import { fixture, fixtures } from './helpers.js';

/** The text of a hast element, image alternatives included. */
const textOf = (node: ElementContent): string =>
  node.type === 'text'
    ? node.value
    : node.type === 'element'
      ? `${typeof node.properties.alt === 'string' ? node.properties.alt : ''}${node.children.map(textOf).join('')}`
      : '';

const find = (node: Element, test: (element: Element) => boolean): Element | undefined => {
  if (test(node)) return node;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
};

const example = (name: string) =>
  parseArticle(
    JSON.parse(readFileSync(new URL(`../../../examples/${name}/article.json`, import.meta.url), 'utf8')),
  );

describe('toHtmlWithFonts: the page carries its fonts', () => {
  for (const { name, article } of fixtures) {
    it(`${name}: every character of the text is in an embedded face`, async () => {
      for (const vertical of [false, true]) {
        const html = await toHtmlWithFonts(article, { vertical, fontFormat: 'truetype' });
        const faces = embeddedFaces(html);
        expect(faces.length).toBeGreaterThan(0);
        const text = textOf(toHast(article, { vertical }));
        const uncovered = [...new Set(text)].filter(
          (character) =>
            !ignorable(character) && bundledHas(character) && !faces.some((face) => faceHas(face, character)),
        );
        expect(uncovered, `vertical: ${vertical}`).toEqual([]);
        // The title is set in the bold Gothic (Japanese) or bold sans (other languages) face.
        const title = find(toHast(article), (element) => element.tagName === 'h1');
        const family = isJapanese(article.meta.language) ? 'Noto Sans JP' : 'Noto Sans';
        const bold = faces.filter((face) => face.family === family && face.weight === '700');
        expect(bold.length).toBeGreaterThan(0);
        for (const character of new Set(textOf(title!)))
          if (!ignorable(character) && bundledHas(character))
            expect(
              bold.some((face) => faceHas(face, character)),
              `${character} in the title`,
            ).toBe(true);
      }
    });
  }

  it('embeds each face cut down to the characters set in it, as WOFF, the same bytes twice', async () => {
    const article = example('summit-2025');
    const first = await toHtmlWithFonts(article);
    expect(await toHtmlWithFonts(article)).toBe(first);
    const faces = embeddedFaces(first);
    expect(
      faces.every(
        (face) => face.format === 'woff' && face.bytes.subarray(0, 4).toString('latin1') === 'wOFF',
      ),
    ).toBe(true);
    // Only the faces the page uses: Mincho and Gothic, regular and bold, and the sans URLs.
    const names = faces
      .filter((face) => !face.unicodeRange)
      .map((face) => `${face.family} ${face.weight} ${face.style}`);
    expect(names).toEqual(expect.arrayContaining(['Noto Serif JP 400 normal', 'Noto Sans JP 700 normal']));
    expect(new Set(names).size).toBe(names.length);
    expect(names.some((name) => name.startsWith('Source Serif'))).toBe(false);
    // A heading face holds the headings' characters, not the whole article.
    const body = faces.find((face) => face.family === 'Noto Serif JP' && face.weight === '400')!;
    const heading = faces.find((face) => face.family === 'Noto Sans JP' && face.weight === '700')!;
    expect(heading.font.characterSet.length).toBeLessThan(body.font.characterSet.length / 2);
    // Far smaller than the fonts: the whole page stays under 600 KB.
    expect(first.length).toBeLessThan(600_000);
    expect(first.length).toBeGreaterThan(toHtml(article).length);
  });

  it('Latin emphasis gets Source Serif 4 italic under the Latin family; no Japanese serif is embedded for English', async () => {
    const english = example('eu-ai-act');
    expect(JSON.stringify(english)).toContain('"emphasis"');
    const faces = embeddedFaces(await toHtmlWithFonts(english, { fontFormat: 'truetype' }));
    const italic = faces.find((face) => face.family === 'Noto Serif' && face.style === 'italic');
    expect(italic?.font.familyName).toBe('Source Serif 4');
    expect(faces.some((face) => face.family === 'Noto Serif JP')).toBe(false);
  });

  it('draws emoji from Noto Emoji for just those characters and reports what no bundled font has', async () => {
    const warnings: HtmlWarning[] = [];
    const html = await toHtmlWithFonts(fixture('014-missing-glyphs'), {
      fontFormat: 'truetype',
      onWarning: (warning) => warnings.push(warning),
    });
    const emoji = embeddedFaces(html).filter((face) => face.unicodeRange);
    expect(emoji.length).toBeGreaterThan(0);
    for (const face of emoji) {
      expect(face.font.familyName).toBe('Noto Emoji');
      expect(face.unicodeRange).toContain('U+1F38C');
    }
    const messages = warnings.map((warning) => warning.message).join('\n');
    expect(messages).toContain('U+20000');
    expect(messages).toContain('U+0645');
    expect(messages).not.toContain('U+1F38C');
    expect(messages).not.toContain('U+E0100');
  });

  it('refuses to embed where there is no inline stylesheet', async () => {
    await expect(toHtmlWithFonts(fixture('001-minimal'), { document: false })).rejects.toThrow(
      /inline stylesheet/,
    );
  });
});
