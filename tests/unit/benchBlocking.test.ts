import { describe, expect, test } from 'vitest';
import {
  blockingFigures,
  cpuBlocking,
  longestTask,
  settledAt,
  totalBlockingTime,
  type LongTask,
} from '../../bench/blocking.ts';

const task = (start: number, duration: number): LongTask => ({ start, duration });

describe('total blocking time, by Lighthouse’s rule', () => {
  test('counts what each long task lasts beyond 50 ms', () => {
    expect(totalBlockingTime([task(100, 120), task(400, 60), task(600, 50)], 0, 1000)).toBe(70 + 10);
  });

  test('counts only the part of a task inside the window, clipped at both ends', () => {
    // 200 ms before first paint and 100 ms after: 100 ms in the window, 50 of it blocking.
    expect(totalBlockingTime([task(0, 300)], 200, 1000)).toBe(50);
    // A task running past the window's end counts up to the end.
    expect(totalBlockingTime([task(900, 400)], 0, 1000)).toBe(50);
    // Entirely before or after the window: nothing.
    expect(totalBlockingTime([task(0, 150), task(1200, 300)], 200, 1000)).toBe(0);
  });

  test('is 0 without long tasks', () => {
    expect(totalBlockingTime([], 0, 1000)).toBe(0);
  });
});

describe('the longest task and when a load settles', () => {
  test('the longest task is the longest that started before the given time', () => {
    const tasks = [task(100, 80), task(300, 260), task(5000, 900)];
    expect(longestTask(tasks, 1000)).toBe(260);
    expect(longestTask(tasks)).toBe(900);
    expect(longestTask([])).toBe(0);
  });

  test('a load settles at the end of its last long task before a quiet window, never before interactive', () => {
    const tasks = [task(100, 100), task(900, 300), task(2500, 80), task(9000, 500)];
    // interactive at 800; tasks end at 1200 and at 2580 (within 2 s of each other), then 6.4 s of quiet.
    expect(settledAt(tasks, 800, 2000)).toBe(2580);
    expect(settledAt([], 800, 2000)).toBe(800);
    expect(settledAt([task(100, 60)], 800, 2000)).toBe(800);
  });

  test('a load’s figures: longest task and TBT from first paint to settled, and to interactive', () => {
    const tasks = [task(50, 100), task(400, 250), task(1500, 150), task(20_000, 3000)];
    const f = blockingFigures(tasks, 300, 1000);
    expect(f.settled).toBe(1650);
    expect(f.longest).toBe(250);
    expect(f.count).toBe(3);
    expect(f.tbt).toBe(200 + 100);
    expect(f.tbtToInteractive).toBe(200);
  });
});

describe('blocking counted in CPU time', () => {
  const traced = (start: number, duration: number, cpu: number) => ({ start, duration, cpu });

  test('leaves out a busy machine’s waits: a 300 ms task that used 60 ms of CPU blocks for 10 ms', () => {
    expect(cpuBlocking([traced(500, 300, 60)], 100, 2000)).toEqual({ longest: 60, tbt: 10 });
  });

  test('estimates a slower CPU by multiplying each task’s CPU time', () => {
    const tasks = [traced(500, 300, 60), traced(900, 80, 30)];
    expect(cpuBlocking(tasks, 100, 2000, 4)).toEqual({ longest: 240, tbt: 190 + 70 });
  });

  test('counts a task that began before first paint for its share after it, and none after settled', () => {
    // half of its wall time after first paint: 100 ms of its 200 ms CPU time
    expect(cpuBlocking([traced(0, 400, 200), traced(3000, 500, 500)], 200, 2000)).toEqual({
      longest: 200,
      tbt: 50,
    });
  });
});
