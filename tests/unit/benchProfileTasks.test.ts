import { describe, expect, test } from 'vitest';
import { busyStretches, type CpuProfile } from '../../bench/profileTasks.ts';

// root → idle; root → mount → parse; root → mount → layout; root → (program)
const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 9 });
const PROFILE_NODES: CpuProfile['nodes'] = [
  { id: 1, callFrame: frame('(root)'), children: [2, 3, 6] },
  { id: 2, callFrame: frame('(idle)') },
  { id: 3, callFrame: frame('mount', 'http://x/assets/App.js'), children: [4, 5] },
  { id: 4, callFrame: frame('parseCatalog', 'http://x/assets/parse.js?v=1') },
  { id: 5, callFrame: frame('computeLayout', 'http://x/assets/layout.js') },
  { id: 6, callFrame: frame('(program)') },
];

/** Samples 10 ms apart (the delta before each sample). */
function profile(samples: number[]): CpuProfile {
  return {
    nodes: PROFILE_NODES,
    startTime: 0,
    endTime: samples.length * 10_000,
    samples,
    timeDeltas: samples.map(() => 10_000),
  };
}

describe('busy stretches of a CPU profile', () => {
  test('cuts the profile at idle samples and keeps the stretches of 50 ms or more, longest first', () => {
    // idle, 3 busy (30 ms), idle, 8 busy (80 ms), idle, 6 busy (60 ms), idle
    const stretches = busyStretches(profile([2, 4, 4, 6, 2, 4, 4, 4, 5, 5, 5, 5, 6, 2, 6, 6, 6, 6, 6, 6, 2]));
    expect(stretches.map((s) => [s.start, s.duration])).toEqual([
      [60, 80],
      [150, 60],
    ]);
  });

  test('names the functions a stretch spent its time in, callees counted in their callers', () => {
    const [s] = busyStretches(profile([2, 4, 4, 4, 5, 5, 5, 5, 6, 2]));
    expect(s!.inclusive).toEqual([
      { name: 'mount (App.js:10)', ms: 70 },
      { name: 'computeLayout (layout.js:10)', ms: 40 },
      { name: 'parseCatalog (parse.js:10)', ms: 30 },
      { name: '(program)', ms: 10 },
    ]);
    expect(s!.self[0]).toEqual({ name: 'computeLayout (layout.js:10)', ms: 40 });
  });

  test('with source files known, lists our own functions and the time per file or package', () => {
    const locate = (f: { url: string }) =>
      f.url.includes('App.js') ? 'src/App.svelte' : f.url.includes('layout') ? 'd3-force' : null;
    const [s] = busyStretches(profile([2, 4, 4, 4, 5, 5, 5, 5, 6, 2]), 50, 8, locate);
    expect(s!.own).toEqual([{ name: 'mount (src/App.svelte)', ms: 70 }]);
    expect(s!.where).toEqual([
      { name: 'd3-force', ms: 40 },
      { name: 'other scripts', ms: 30 },
      { name: '(program)', ms: 10 },
    ]);
  });

  test('a quiet profile has no busy stretch', () => {
    expect(busyStretches(profile([2, 2, 2, 2]))).toEqual([]);
  });
});
