/**
 * A catalog's search index, built after the map has loaded in time the page has nothing more urgent to
 * do, a slice at a time, so the build is never one long task and the first keystroke only queries. A
 * query that comes before the build is done finishes it at once (`get`), so search is never wrong, only
 * sometimes slower.
 */
import type { Catalog } from '../catalog/types.ts';
import { searchIndexSteps } from './createSearchIndex.ts';
import { searchCatalog } from './searchCatalog.ts';
import { nameWordsSteps } from './suggestNames.ts';
import type { SearchIndex } from './searchIndex.ts';

/** Calls `work` when the page is idle; `work` gets how many milliseconds it may use. Returns a cancel. */
export type IdleScheduler = (work: (budgetMs: number) => void) => () => void;

/** Marked when idle time has built the index: the benchmark reads how long after the map that was. */
export const SEARCH_INDEX_MARK = 'cloud-native-map:search-index';

/** Each slice stays well under the 50 ms that makes a task long, even on a slow phone. */
const SLICE_MS = 8;

type PostTask = (
  task: () => void,
  options: { priority: 'background'; signal: AbortSignal },
) => Promise<unknown>;

/**
 * A background-priority task where the browser has a task scheduler: it runs whenever nothing more urgent
 * (input, a frame, the page's own tasks) is waiting. An idle callback waits for the next idle period,
 * at most one slice per period: on the 2,407-project import at 4× CPU the index was ready 3.0–3.9 s
 * after the map, and a reader who typed sooner paid the rest of the build in their first keystroke.
 * Elsewhere requestIdleCallback (with a timeout, so a busy page still gets its index), else a timer.
 */
export const whenIdle: IdleScheduler = (work) => {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const controller = new AbortController();
    const slice = () => work(SLICE_MS);
    // A cancelled slice rejects its promise: nothing to report.
    scheduler.postTask(slice, { priority: 'background', signal: controller.signal }).catch(() => {});
    return () => controller.abort();
  }
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(
      (deadline) => work(deadline.didTimeout ? SLICE_MS : Math.min(SLICE_MS, deadline.timeRemaining())),
      { timeout: 1000 },
    );
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(() => work(SLICE_MS), 50);
  return () => clearTimeout(timer);
};

/**
 * Queries run once each in idle time after the build, so the engine's code is compiled before the first
 * keystroke: a page's first query was its slowest (its first keystrokes took two or three times what the
 * same keystrokes took later, on the 2,407-project import at 4× CPU). From the catalog itself: the start
 * of a project's name (a prefix that many terms share, as a first keystroke is), and a problem's name
 * with the start of another word. Each is one idle task (about 8 ms on that import at 1×). A word that
 * matches nothing is left out: the closest names look at every name, a task of over 100 ms at 4×; the
 * names' words are prepared in slices after these instead (nameWordsSteps).
 */
export function warmUpQueries(catalog: Catalog): string[] {
  const project = catalog.projects[Math.floor(catalog.projects.length / 2)];
  const problem = catalog.problems[0];
  const queries: string[] = [];
  if (project) queries.push(project.name.slice(0, 3).toLowerCase());
  if (problem) queries.push(`${problem.name.toLowerCase()} ${project?.name[0]?.toLowerCase() ?? 's'}`);
  return queries;
}

export interface IdleSearchIndex {
  readonly catalog: Catalog;
  /** The index: ready when idle time built it, else finished now. */
  get(): SearchIndex;
  /** Whether the index was completed in idle time, before anything asked for it (for tests and the bench). */
  readonly builtWhileIdle: boolean;
  /** Stops building, or warming up (the catalog was replaced). */
  cancel(): void;
}

export function buildSearchIndexWhenIdle(
  catalog: Catalog,
  schedule: IdleScheduler = whenIdle,
): IdleSearchIndex {
  const steps = searchIndexSteps(catalog);
  let index: SearchIndex | undefined;
  let builtWhileIdle = false;
  let cancel = () => {};
  const warmUps = warmUpQueries(catalog);
  /** Runs `work` in idle slices, each within its budget, then `done` with what it returns. */
  const inSlices = <T>(work: Generator<unknown, T>, done: (value: T) => void) => {
    const slice = (budgetMs: number) => {
      const end = performance.now() + Math.max(1, budgetMs);
      while (performance.now() < end) {
        const step = work.next();
        if (step.done) return done(step.value);
      }
      cancel = schedule(slice);
    };
    cancel = schedule(slice);
  };
  const warmUp = (built: SearchIndex) => {
    const query = warmUps.shift();
    // Last, the names' words that a query finding nothing compares with (suggestNames.ts).
    if (query === undefined) return inSlices(nameWordsSteps(built), () => (cancel = () => {}));
    cancel = schedule(() => {
      // As the list would: its first rows explain themselves.
      for (const hit of searchCatalog(built, query).hits.slice(0, 10)) void hit.ranges;
      warmUp(built);
    });
  };
  inSlices(steps, (built) => {
    index = built;
    builtWhileIdle = true;
    globalThis.performance?.mark?.(SEARCH_INDEX_MARK);
    warmUp(built);
  });
  return {
    catalog,
    get() {
      cancel();
      while (!index) {
        const step = steps.next();
        if (step.done) index = step.value;
      }
      return index;
    },
    get builtWhileIdle() {
      return builtWhileIdle;
    },
    cancel: () => cancel(),
  };
}
