// Entry ids and entry files in their natural order (2 before 10): the quick
// path for plain numbers orders exactly as the collator does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds, sortByIds } from '../src/cli/workspace.js';

const plainNumber = fc.oneof(fc.nat({ max: 20 }), fc.nat({ max: 1e12 })).map(String);
const anyId = fc.oneof(plainNumber, fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,8}$/u));

describe('sortByIds', () => {
  it('orders plain numbers by value, as the collator does', () => {
    expect(sortByIds(['10', '9', '100', '1', '0', '20'], (id) => id)).toEqual(['0', '1', '9', '10', '20', '100']);
    expect(sortByIds(['10.yaml', '2.yml', '2.yaml', '1.yaml'], (id) => id)).toEqual(['1.yaml', '2.yaml', '2.yml', '10.yaml']);
  });

  it('gives the collator order for any ids and file names', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(plainNumber, { maxLength: 30 }), fc.array(anyId, { maxLength: 30 })), fc.constantFrom('', '.yaml', '.yml'), (ids, ext) => {
        const names = [...new Set(ids.map((id) => id + ext))];
        const sorted = [...names].sort(compareIds);
        expect(sortByIds([...names], (n) => n)).toEqual(sorted);
        // Already in order (entries read from files sorted by name): the same order.
        expect(sortByIds([...sorted], (n) => n)).toEqual(sorted);
      }),
    );
  });
});
