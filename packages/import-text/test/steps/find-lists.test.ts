import { describe, expect, it } from 'vitest';
import type { ListBlock, TermListBlock } from '../../src/types.js';
import { draftOf } from '../pipeline.js';

const body = (text: string) => draftOf(`題名\n\nリード。\n\n${text}`, 'lists').body;

describe('findLists', () => {
  it('turns term: definition bullets into a term list (half- and full-width colons)', () => {
    const [list] = body('  • 抑止力: 防ぐ力。\n  • 対処力：対処する力。') as [TermListBlock];
    expect(list.kind).toBe('termList');
    expect(list.items.map((item) => [item.term, item.definition])).toEqual([
      ['抑止力', '防ぐ力。'],
      ['対処力', '対処する力。'],
    ]);
  });

  it('reads English term lists with colons, bold terms or dashes', () => {
    const [colon] = body('- Heat alert: a warning.\n- **Shade equity**: fair tree cover.') as [TermListBlock];
    expect(colon.items.map((item) => item.term)).toEqual(['Heat alert', 'Shade equity']);
    const [dash] = body('- API — a programming interface\n- SDK — a kit') as [TermListBlock];
    expect(dash.items.map((item) => item.term)).toEqual(['API', 'SDK']);
  });

  it('keeps a plain list when any item is not a term, when there is one item, or for URLs', () => {
    expect(body('• 抑止力: 防ぐ力。\n• 普通の項目')[0]!.kind).toBe('list');
    expect(body('• 抑止力: 防ぐ力。')[0]!.kind).toBe('list');
    expect(body('- https://example.com/a\n- https://example.com/b')[0]!.kind).toBe('list');
    expect(body('- 文の途中です。そして: 続き\n- 別の文。さらに: 続き')[0]!.kind).toBe('list');
  });

  it('numbers ordered lists from their first number and nests deeper items', () => {
    const [list] = body('3. 三\n4. 四\n   - 四の下\n5. 五') as [ListBlock];
    expect(list).toMatchObject({ kind: 'list', ordered: true, start: 3 });
    expect(list.items.map((item) => item.text)).toEqual(['三', '四', '五']);
    expect(list.items[1]!.children[0]!.items.map((item) => item.text)).toEqual(['四の下']);
  });

  it('starts a new list when bullets switch to numbers', () => {
    expect(body('• a\n• b\n1) one\n2) two').map((block) => (block as ListBlock).ordered)).toEqual([
      false,
      true,
    ]);
  });
});
