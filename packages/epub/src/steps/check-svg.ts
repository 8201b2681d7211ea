import { SaxesParser } from 'saxes';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';
const XHTML = 'http://www.w3.org/1999/xhtml';

// Static drawing only: shapes, text, paint servers, clipping, masking and filters. Everything
// else (script, foreignObject, the SMIL animations that can rewrite an href, iframe, …) is not
// embedded. The list follows DOMPurify's SVG and SVG-filter profiles, less what can load or run.
const STATIC_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'desc',
  'title',
  'metadata',
  'symbol',
  'use',
  'switch',
  'view',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'clipPath',
  'mask',
  'marker',
  'pattern',
  'linearGradient',
  'radialGradient',
  'stop',
  'image',
  'style',
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feConvolveMatrix',
  'feDiffuseLighting',
  'feDisplacementMap',
  'feDistantLight',
  'feDropShadow',
  'feFlood',
  'feFuncA',
  'feFuncB',
  'feFuncG',
  'feFuncR',
  'feGaussianBlur',
  'feImage',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
  'fePointLight',
  'feSpecularLighting',
  'feSpotLight',
  'feTile',
  'feTurbulence',
]);

/** A reference that stays inside the image: `#id`, or an embedded raster image. */
const isInternalReference = (value: string) =>
  /^\s*#/.test(value) || /^\s*data:image\/(png|jpeg|gif);base64,[a-z\d+/=\s]*$/i.test(value);

/** `url(...)` in CSS or a presentation attribute, unless it names `#id`; `@import`; `expression(`. */
function cssProblem(css: string): string | undefined {
  if (/@import/i.test(css)) return '@import, which loads a stylesheet from elsewhere';
  // Scanned with indexOf, not a regex: a run of "url(" without ")" stays linear.
  const lower = css.toLowerCase();
  for (let at = lower.indexOf('url('); at !== -1; at = lower.indexOf('url(', at + 4)) {
    const end = lower.indexOf(')', at);
    const target = css
      .slice(at + 4, end === -1 ? undefined : end)
      .trim()
      .replace(/^['"]|['"]$/g, '');
    if (!isInternalReference(target)) return `url(${target.slice(0, 60)}), which loads a file from elsewhere`;
  }
  if (/expression\s*\(|javascript:|-moz-binding|behavior\s*:/i.test(css)) return 'CSS that can run code';
  return undefined;
}

/**
 * Why an SVG image may not be embedded — it can run code or load anything from outside itself
 * (script, event handlers, foreignObject, animation, external href, @import, url() out of the
 * file, processing instructions, a DOCTYPE) or is not well-formed XML — or undefined for a
 * static drawing. Nothing is removed: an SVG that is not plainly static is refused whole, so
 * what a reader sees is always the image as drawn.
 */
export function svgProblem(data: Uint8Array): string | undefined {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let problem: string | undefined;
  const refuse = (what: string) => {
    problem ??= `the SVG image is not embedded: line ${parser.line} has ${what}; remove it (or save the image as PNG)`;
  };
  let inStyle = false;
  parser.on('error', (error) => {
    problem ??= `the SVG image is not embedded: it is not well-formed XML (${error.message.split('\n')[0]}): save it again or as PNG`;
  });
  parser.on('doctype', () => refuse('a DOCTYPE, which can define entities'));
  parser.on('processinginstruction', (pi) => refuse(`a <?${pi.target}?> instruction`));
  parser.on('opentag', (tag) => {
    const name = tag.local ?? tag.name;
    if (tag.uri === SVG) {
      if (!STATIC_ELEMENTS.has(name)) refuse(`<${tag.name}>, which is not a static drawing element`);
    } else if (tag.uri === XHTML || tag.uri === '') {
      refuse(`<${tag.name}> outside the SVG namespace`);
    }
    inStyle = tag.uri === SVG && name === 'style';
    for (const attribute of Object.values(tag.attributes)) {
      const local = attribute.local ?? attribute.name;
      const value = attribute.value;
      if (/^on/i.test(local)) refuse(`an event handler (${attribute.name}), which runs script`);
      else if (local === 'href' && (attribute.uri === '' || attribute.uri === XLINK)) {
        if (!isInternalReference(value))
          refuse(`${attribute.name}="${value.slice(0, 60)}", which points outside the image`);
      } else if (/url\(|@import|expression\(|javascript:/i.test(value)) {
        const css = cssProblem(value);
        if (css) refuse(`${attribute.name} with ${css}`);
      }
    }
  });
  parser.on('text', (text) => {
    if (!inStyle) return;
    const css = cssProblem(text);
    if (css) refuse(`a <style> with ${css}`);
  });
  parser.on('cdata', (text) => {
    if (!inStyle) return;
    const css = cssProblem(text);
    if (css) refuse(`a <style> with ${css}`);
  });
  parser.on('closetag', () => {
    inStyle = false;
  });
  try {
    parser.write(new TextDecoder('utf-8', { fatal: true }).decode(data)).close();
  } catch (error) {
    problem ??= `the SVG image is not embedded: ${error instanceof TypeError ? 'it is not UTF-8 text' : 'it is not well-formed XML'}: save it again or as PNG`;
  }
  return problem;
}
