/**
 * A catalog's search index, built in idle time after the map has loaded, a slice at a time, so the
 * build is never one long task and the first keystroke only queries. A query that comes before the
 * build is done finishes it at once (`get`), so search is never wrong, only sometimes slower.
 */
import type { Catalog } from '../catalog/types.ts';
import { searchIndexSteps } from './createSearchIndex.ts';
import type { SearchIndex } from './searchIndex.ts';

/** Calls `work` when the page is idle; `work` gets how many milliseconds it may use. Returns a cancel. */
export type IdleScheduler = (work: (budgetMs: number) => void) => () => void;

/** Each slice stays well under the 50 ms that makes a task long, even on a slow phone. */
const SLICE_MS = 8;

/** requestIdleCallback where there is one (with a timeout, so a busy page still gets its index), else a timer. */
export const whenIdle: IdleScheduler = (work) => {
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

export interface IdleSearchIndex {
  readonly catalog: Catalog;
  /** The index: ready when idle time built it, else finished now. */
  get(): SearchIndex;
  /** Whether the index was completed in idle time, before anything asked for it (for tests and the bench). */
  readonly builtWhileIdle: boolean;
  /** Stops building (the catalog was replaced). */
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
  const slice = (budgetMs: number) => {
    const end = performance.now() + Math.max(1, budgetMs);
    while (!index && performance.now() < end) {
      const step = steps.next();
      if (step.done) index = step.value;
    }
    if (index) builtWhileIdle = true;
    else cancel = schedule(slice);
  };
  cancel = schedule(slice);
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
