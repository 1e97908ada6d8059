import { describe, expect, test } from 'vitest';
import { startBackgroundLoad } from '../../bench/backgroundLoad.ts';
import {
  parseBusy,
  parseCpuList,
  parsePages,
  parseProjectCount,
  parseViewport,
} from '../../bench/options.ts';
import { describeBackground } from '../../bench/report.ts';
import { describeSpeed } from '../../bench/machineSpeed.ts';

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
    // An empty value is no number, not 0 (Number('') is 0).
    for (const bad of ['', ' ', '-1', '2.5'])
      expect(() => parseProjectCount(bad, 5000)).toThrow(/from 0 to 5000/);
  });

  test('--busy keeps up to every core busy, and the report says how many', () => {
    expect(parseBusy('1', 2)).toBe(1);
    expect(parseBusy('0', 2)).toBe(0);
    for (const bad of ['3', '-1', '1.5', 'some', ''])
      expect(() => parseBusy(bad, 2)).toThrow(
        /--busy takes how many cores to keep busy, a whole number from 0 to 2/,
      );
    expect(describeBackground([1])).toBe('1 core kept busy (--busy 1)');
    expect(describeBackground([undefined])).toBe('none of its own');
    expect(describeBackground([2, 2])).toBe('2 cores kept busy (--busy 2)');
    expect(describeBackground([0, 1, undefined])).toBe('differs between the saved runs (--busy 0, --busy 1)');
    // Throttled runs with a busy core on a machine of two: the report says the load counts twice.
    expect(describeBackground([1], [1, 4], 2)).toMatch(
      /^1 core kept busy \(--busy 1\)\. Chromium's CPU throttling/,
    );
    expect(describeBackground([1], [1], 2)).toBe('1 core kept busy (--busy 1)');
    expect(describeBackground([1], [4], 8)).toBe('1 core kept busy (--busy 1)');
    expect(describeBackground([0], [4], 2)).toBe('none of its own');
  });

  test('the background load spins while the run lasts and is gone after it', async () => {
    const load = startBackgroundLoad(1);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    const pids = load.pids();
    expect(pids).toHaveLength(1);
    expect(pids.every(alive)).toBe(true);
    load.stop();
    await expect.poll(() => pids.some(alive), { timeout: 10_000 }).toBe(false);
  });

  test('the machine’s speed reads as each slowdown’s time and how much slower it really was', () => {
    expect(describeSpeed([])).toBe('not measured');
    expect(
      describeSpeed([
        { cpu: 4, medianMs: 12.04, p95Ms: 14.8 },
        { cpu: 1, medianMs: 2.6, p95Ms: 2.81 },
      ]),
    ).toBe('2.60 ms at 1× (p95 2.81); 12.0 ms at 4× (p95 14.8), really 4.6× slower');
    // Without a 1× sample there is nothing to compare with.
    expect(describeSpeed([{ cpu: 4, medianMs: 9.5, p95Ms: 11 }])).toBe('9.50 ms at 4× (p95 11.0)');
  });
});
