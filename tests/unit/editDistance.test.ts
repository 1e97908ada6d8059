import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/lib/catalog/suggest.ts';

/** The textbook table, whole: the distance the early exits must agree with. */
function distance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      table[i]![j] = Math.min(
        table[i - 1]![j]! + 1,
        table[i]![j - 1]! + 1,
        table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return table[a.length]![b.length]!;
}

// Short words over a small alphabet, so that close pairs (the interesting ones) come up often.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'k', 'ü', '-'), maxLength: 14 });

describe('editDistance', () => {
  it('is the edit distance whenever that is within the limit, and over the limit otherwise', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 8 }), (a, b, limit) => {
        const exact = distance(a, b);
        const found = editDistance(a, b, limit);
        if (exact <= limit) expect(found).toBe(exact);
        else expect(found).toBeGreaterThan(limit);
        expect(editDistance(a, b)).toBe(exact);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same answers after a long pair has grown its scratch rows', () => {
    expect(editDistance('kubernetes', 'kubernets')).toBe(1);
    expect(editDistance('x'.repeat(300), 'y'.repeat(290), 400)).toBe(300);
    expect(editDistance('kubernetes', 'kubernets')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(suggest('prometeus', ['Prometheus', 'Thanos'])).toBe('Prometheus');
  });
});
