import { describe, expect, test } from 'vitest';
import { decodeVlq, indexMappings, shortSource, sourceAt } from '../../bench/sourceMaps.ts';

describe('source maps, for naming where a profiled function comes from', () => {
  test('decodes base64 VLQ fields, negative and multi-digit ones included', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('AACA')).toEqual([0, 0, 1, 0]);
    expect(decodeVlq('D')).toEqual([-1]);
    expect(decodeVlq('gB')).toEqual([16]);
    expect(decodeVlq('2H')).toEqual([123]);
    expect(() => decodeVlq('A!')).toThrow(/not base64/);
  });

  test('finds the source file of a generated line and column, the source index carrying across lines', () => {
    // line 0: col 0 → a.ts, col 10 → b.ts; line 1: col 4 → b.ts (no change); line 2: col 0 → a.ts (-1)
    const map = {
      sources: ['../src/a.ts', '../node_modules/svelte/src/b.js'],
      mappings: 'AAAA,UCAA;IAAA;ADAA',
    };
    const index = indexMappings(map);
    expect(sourceAt(map, index, 0, 3)).toBe('../src/a.ts');
    expect(sourceAt(map, index, 0, 12)).toBe('../node_modules/svelte/src/b.js');
    expect(sourceAt(map, index, 1, 0)).toBe('../node_modules/svelte/src/b.js');
    expect(sourceAt(map, index, 2, 9)).toBe('../src/a.ts');
    expect(sourceAt(map, index, 7, 0)).toBeNull();
  });

  test('names our files by their path under src/ and libraries by their package', () => {
    expect(shortSource('../../src/components/map/MapView.svelte')).toBe('src/components/map/MapView.svelte');
    expect(shortSource('../node_modules/svelte/src/internal/client/runtime.js')).toBe('svelte');
    expect(shortSource('../node_modules/@scope/pkg/index.js')).toBe('@scope/pkg');
    expect(shortSource('../node_modules/.pnpm/x/node_modules/d3-force/src/collide.js')).toBe('d3-force');
  });
});
