/**
 * Main-thread blocking while a page loads, from its `longtask` entries (tasks of 50 ms or more): the
 * longest task, and total blocking time by Lighthouse's rule (each task clipped to the window, and what
 * is left over 50 ms counted). Pure, so it is unit-tested; the page side is bench/inpage/instrument.ts.
 */

export interface LongTask {
  /** ms from navigation start. */
  start: number;
  duration: number;
}

/** A task blocks input for whatever it lasts beyond this (ms): the RAIL and Lighthouse threshold. */
export const BLOCKING_THRESHOLD_MS = 50;

/**
 * The page counts as settled after this long without a long task (ms). Lighthouse waits 5 s; 2 s keeps a
 * run short and still catches work the page defers to just after its first frame (warm-up, search index).
 */
export const QUIET_MS = 2000;

const end = (t: LongTask) => t.start + t.duration;

/** Sum over tasks of their part inside [from, to] beyond 50 ms (Lighthouse's total blocking time). */
export function totalBlockingTime(tasks: readonly LongTask[], from: number, to: number): number {
  let total = 0;
  for (const task of tasks) {
    const clipped = Math.min(end(task), to) - Math.max(task.start, from);
    if (clipped > BLOCKING_THRESHOLD_MS) total += clipped - BLOCKING_THRESHOLD_MS;
  }
  return total;
}

/** The longest task that started before `until` (ms), or 0 when there was none. */
export function longestTask(tasks: readonly LongTask[], until = Infinity): number {
  return tasks.filter((t) => t.start < until).reduce((a, t) => Math.max(a, t.duration), 0);
}

/**
 * When the load's main-thread work ended: the end of the last long task that started before the page went
 * quiet (no long task for QUIET_MS), and never before `interactive`. Lighthouse's time to interactive, with a
 * shorter quiet window and no network condition.
 */
export function settledAt(tasks: readonly LongTask[], interactive: number, quietMs = QUIET_MS): number {
  let settled = interactive;
  for (const task of [...tasks].sort((a, b) => a.start - b.start)) {
    if (task.start > settled + quietMs) break;
    settled = Math.max(settled, end(task));
  }
  return settled;
}

/** What one load's blocking comes to: the window is first contentful paint to settled. */
export interface BlockingFigures {
  longest: number;
  /** Total blocking time from first contentful paint to settled. */
  tbt: number;
  /** The same, up to the interactive mark only. */
  tbtToInteractive: number;
  settled: number;
  count: number;
}

export function blockingFigures(
  tasks: readonly LongTask[],
  fcp: number,
  interactive: number,
): BlockingFigures {
  const from = Number.isFinite(fcp) ? fcp : 0;
  const settled = settledAt(tasks, interactive);
  const inLoad = tasks.filter((t) => t.start < settled);
  return {
    longest: longestTask(inLoad),
    tbt: totalBlockingTime(inLoad, from, settled),
    tbtToInteractive: totalBlockingTime(inLoad, from, interactive),
    settled,
    count: inLoad.length,
  };
}

/** A traced task: wall time and the thread's CPU time (bench/traceTasks.ts). */
export interface CpuTask extends LongTask {
  cpu: number;
}

/**
 * Longest task and total blocking time counted in CPU time instead of wall time, each task's CPU time
 * multiplied by `factor`: 1 gives the load's own figures without the waits for a core of a busy machine;
 * 4 on a 1× load estimates a 4× CPU on a quiet machine. Tasks are those that started before `settled`;
 * a task that began before first contentful paint counts for its share of wall time after it.
 */
export function cpuBlocking(
  tasks: readonly CpuTask[],
  fcp: number,
  settled: number,
  factor = 1,
): { longest: number; tbt: number } {
  const from = Number.isFinite(fcp) ? fcp : 0;
  let longest = 0;
  let tbt = 0;
  for (const task of tasks) {
    if (!(task.start < settled) || !Number.isFinite(task.cpu)) continue;
    const cpu = task.cpu * factor;
    longest = Math.max(longest, cpu);
    const after = task.duration > 0 ? Math.min(1, Math.max(0, (end(task) - from) / task.duration)) : 1;
    tbt += Math.max(0, cpu * after - BLOCKING_THRESHOLD_MS);
  }
  return { longest, tbt };
}
