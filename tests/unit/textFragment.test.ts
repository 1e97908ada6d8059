/** Text fragment links (#:~:text=…) encode their quote as the Text Fragments spec asks. */
import { describe, expect, test } from 'vitest';
import { encodeTextFragment } from '../../src/lib/catalog/index.ts';

describe('text fragment links into the article', () => {
  test.each([
    ['plain words', 'the third pillar of observability', 'the%20third%20pillar%20of%20observability'],
    ['a dash', 'old-fashioned infrastructure', 'old%2Dfashioned%20infrastructure'],
    ['a comma', 'tracing, logging', 'tracing%2C%20logging'],
    ['an ampersand', 'Coordination & Service Discovery', 'Coordination%20%26%20Service%20Discovery'],
    ['spaces to collapse', '  many   services ', 'many%20services'],
  ])('encodes %s per the Text Fragments spec', (_name, quote, encoded) => {
    expect(encodeTextFragment(quote)).toBe(encoded);
  });
});
