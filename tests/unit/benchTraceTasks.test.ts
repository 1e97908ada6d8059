import { describe, expect, test } from 'vitest';
import { mainThreadTasks, type TraceEvent } from '../../bench/traceTasks.ts';

const task = (ts: number, dur: number, tdur: number, tid = 1): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  ts,
  dur,
  tdur,
  pid: 7,
  tid,
});

describe('main-thread tasks from a trace', () => {
  // The mark was made at performance.now() = 500 ms, trace time 10,000,000 µs: navigation is at 9,500,000 µs.
  const mark: TraceEvent = { name: 'cloud-native-map:interactive', ph: 'I', ts: 10_000_000, pid: 7, tid: 1 };

  test('keeps the long tasks of the mark’s thread, on the page’s clock, with their CPU time', () => {
    const events = [
      task(9_600_000, 120_000, 40_000),
      task(9_800_000, 20_000, 20_000), // short: left out
      task(9_700_000, 300_000, 290_000, 2), // another thread: left out
      mark,
      task(10_100_000, 60_000, 55_000),
    ];
    expect(mainThreadTasks(events, 'cloud-native-map:interactive', 500)).toEqual([
      { start: 100, duration: 120, cpu: 40 },
      { start: 600, duration: 60, cpu: 55 },
    ]);
  });

  test('counts a task traced as RunTask alone, and a task traced as both events once, by its outer one', () => {
    const run = (ts: number, dur: number, tdur: number): TraceEvent => ({
      ...task(ts, dur, tdur),
      name: 'RunTask',
    });
    const events = [
      run(9_600_000, 700_000, 650_000), // the page's first script: no ThreadControllerImpl::RunTask event
      run(10_400_000, 90_000, 80_000),
      task(10_400_000, 90_000, 80_000), // the same task, also traced by the loop
      mark,
    ];
    expect(mainThreadTasks(events, 'cloud-native-map:interactive', 500)).toEqual([
      { start: 100, duration: 700, cpu: 650 },
      { start: 900, duration: 90, cpu: 80 },
    ]);
  });

  test('is null when the page made no such mark', () => {
    expect(
      mainThreadTasks([task(9_600_000, 120_000, 40_000)], 'cloud-native-map:interactive', 500),
    ).toBeNull();
  });
});
