import { type Article, parseArticle } from '@kiji/core';
import { loadFixtures } from '@kiji/fixtures';
import { SaxesParser } from 'saxes';

/** Every fixture, parsed. */
export const fixtures = loadFixtures().map((fixture) => ({
  name: fixture.name,
  article: parseArticle(fixture.json),
}));

/** The parsed fixture with this name. */
export function fixture(name: string): Article {
  const found = fixtures.find((entry) => entry.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found.article;
}

/** XML well-formedness errors of a string (empty when well-formed). */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

/** Every element of an XML string: name and attributes, in document order. */
export function xmlElements(xml: string): { name: string; attributes: Record<string, string> }[] {
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value;
    elements.push({ name: tag.local, attributes });
  });
  parser.write(xml).close();
  return elements;
}

/** The text content of an XML string. */
export function xmlText(xml: string): string {
  let text = '';
  let skip = 0;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (tag.local === 'style' || tag.local === 'head') skip += 1;
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'style' || tag.local === 'head') skip -= 1;
  });
  parser.on('text', (value) => {
    if (skip === 0) text += value;
  });
  parser.write(xml).close();
  return text;
}
