import { describe, expect, test } from 'vitest';
import { parseCpuList, parsePages, parseProjectCount, parseViewport } from '../../bench/options.ts';

describe('bench options', () => {
  test('--cpu takes one slowdown or several, in the order given', () => {
    expect(parseCpuList('4')).toEqual([4]);
    expect(parseCpuList('1,4')).toEqual([1, 4]);
    expect(parseCpuList('4x, 1x, 4')).toEqual([4, 1]);
    expect(parseCpuList('2.5')).toEqual([2.5]);
  });

  test('--cpu refuses what Chromium cannot throttle to, saying what it takes', () => {
    for (const bad of ['0', '0.5', 'fast', '', '1,,4', '64'])
      expect(() => parseCpuList(bad)).toThrow(/--cpu takes slowdowns from 1 to 20/);
  });

  test('--pages names the pages a round loads', () => {
    expect(parsePages('app,embed')).toEqual(['app', 'embed']);
    expect(parsePages('embed,embed')).toEqual(['embed']);
    expect(() => parsePages('app,tablet')).toThrow(/not tablet/);
  });

  test('viewports and the synthetic catalog’s size', () => {
    expect(parseViewport('390x844')).toEqual({ width: 390, height: 844 });
    expect(() => parseViewport('390 by 844')).toThrow(/WIDTHxHEIGHT/);
    expect(parseProjectCount('5000', 5000)).toBe(5000);
    expect(parseProjectCount('0', 5000)).toBe(0);
    expect(() => parseProjectCount('5001', 5000)).toThrow(/from 0 to 5000/);
  });
});
