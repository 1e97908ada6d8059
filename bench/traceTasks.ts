/**
 * The page's main-thread tasks from a Chromium trace (`toplevel` and `blink.user_timing` categories), with
 * each task's thread CPU time beside its wall time. On a shared, busy machine a task's wall time is mostly
 * waiting for a core; its CPU time is what it would take on a quiet one, so the report gives both.
 * Pure; bench/measurePages.ts records the trace.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  /** µs, the trace's clock. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface TracedTask {
  /** ms from navigation start (the page's performance.now()). */
  start: number;
  /** Wall time, ms. */
  duration: number;
  /** Thread CPU time, ms. */
  cpu: number;
}

/**
 * A task of the thread's loop appears as either event (a page's first script ran in a `RunTask` with no
 * `ThreadControllerImpl::RunTask` around it), and often as both, one inside the other: the outermost counts.
 */
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * Top-level tasks of the page's main thread that ran 50 ms or more (wall or CPU). The thread is the one the
 * page's mark `markName` was made on, and the mark (at `markStart` ms of performance.now()) sets the clock.
 * Null when the mark is not in the trace.
 */
export function mainThreadTasks(
  events: TraceEvent[],
  markName: string,
  markStart: number,
): TracedTask[] | null {
  const mark = events.find((e) => e.name === markName && e.ph !== 'M');
  if (!mark || !Number.isFinite(markStart)) return null;
  const offset = mark.ts / 1000 - markStart;
  const tasks = events
    .filter((e) => e.ph === 'X' && TASKS.has(e.name) && e.pid === mark.pid && e.tid === mark.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const outermost: TraceEvent[] = [];
  for (const e of tasks) {
    const last = outermost.at(-1);
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    outermost.push(e);
  }
  return outermost
    .map((e) => ({ start: e.ts / 1000 - offset, duration: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? NaN) / 1000 }))
    .filter((t) => t.duration >= 50 || t.cpu >= 50);
}
