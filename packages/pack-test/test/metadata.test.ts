import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from './support.js';

describe('package metadata', () => {
  it('every published package has the root engines, licence, repository, keywords and LICENSE', () => {
    expect(() => run('node', [join(ROOT, 'scripts/package-metadata.mjs'), '--check'], ROOT)).not.toThrow();
  });
});
