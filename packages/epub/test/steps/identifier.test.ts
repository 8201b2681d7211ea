import { describe, expect, it } from 'vitest';
import { canonicalJson, contentIdentifier } from '../../src/steps/identifier.js';

describe('contentIdentifier', () => {
  it('is a version-5-style urn:uuid that depends only on the content', () => {
    const id = contentIdentifier('記事');
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(contentIdentifier('記事')).toBe(id);
    expect(contentIdentifier('記事。')).not.toBe(id);
  });

  it('ignores key order through canonicalJson', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});
