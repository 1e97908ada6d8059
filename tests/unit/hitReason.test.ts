import { describe, expect, test } from 'vitest';
import { excerpt } from '../../src/components/search/hitReason.ts';
import type { SearchHit } from '../../src/lib/search/index.ts';

const hit = (text: string, ranges: Array<[number, number]>): SearchHit => ({
  kind: 'project',
  id: 'p',
  label: 'P',
  score: 1,
  field: 'description',
  text,
  ranges,
});

describe('a result’s reason', () => {
  test('a short text is shown whole', () => {
    const short = hit('Traces requests across services.', [[0, 6]]);
    expect(excerpt(short)).toEqual({ text: short.text, ranges: short.ranges });
  });

  test('a long description starts a few words before its first match, which stays highlighted', () => {
    const text =
      'A platform for collecting and storing what services report, which lets you trace requests end to end.';
    const at = text.indexOf('trace');
    const shown = excerpt(hit(text, [[at, at + 5]]));
    expect(shown.text.startsWith('…')).toBe(true);
    expect(shown.text.length).toBeLessThan(text.length);
    const [[a, b]] = shown.ranges as [[number, number]];
    expect(shown.text.slice(a, b)).toBe('trace');
    // Whole words: the window starts after a space.
    expect(text.includes(` ${shown.text.slice(1)}`)).toBe(true);
  });
});
