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
import type { SearchResults } from './types.ts';

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

/** What counts as the reader at work: a gesture on the map, a hover, a key. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'keydown'] as const;
/** How long the warm-up waits after the reader's last input. */
const STILL_MS = 500;

/**
 * `idle`, once the reader has left the page alone for `stillMs`. A warm-up search is one task, up to 70 ms
 * at 4× CPU on the 2,407-project import, and a page's first seconds are when a reader pans and hovers: run
 * between a gesture's frames, such a task made them late. `target` is where input is heard (the page's
 * global; none in Node or a Worker).
 */
export function stillScheduler(
  target: Pick<EventTarget, 'addEventListener'> | undefined,
  idle: IdleScheduler,
  stillMs = STILL_MS,
): IdleScheduler {
  let lastInput = -Infinity;
  let listening = false;
  const note = () => void (lastInput = performance.now());
  return (work) => {
    if (!listening && target) {
      listening = true;
      for (const type of INPUT_EVENTS) target.addEventListener(type, note, { capture: true, passive: true });
    }
    let cancel = () => {};
    const wait = () => {
      const left = lastInput + stillMs - performance.now();
      if (left <= 0) return void (cancel = idle(work));
      const timer = setTimeout(wait, left);
      cancel = () => clearTimeout(timer);
    };
    wait();
    return () => cancel();
  };
}

const whenStill = stillScheduler(
  typeof globalThis.addEventListener === 'function' ? globalThis : undefined,
  whenIdle,
);

/**
 * Queries run in idle time after the build, one background task each, so that the engine's code is
 * compiled and its word caches warm before the reader types. A page's first queries were its slowest: on
 * the 2,407-project import, the benchmark's 109 keystrokes took 230 ms of search in a fresh process at 1×
 * (a keystroke's p95 9 ms) against 60 ms once warm (2 ms). Each kind of query the box sees, typed a letter
 * at a time as a reader types it, from the catalog itself: a project's name, a problem's question, a
 * problem's name and the start of a word, and "<name> alternative". Run once through, the same 109
 * keystrokes took 133 ms (p95 6 ms). The price, on that import: 122 searches, 0.2–0.27 s of idle CPU at
 * 1× and 0.6–0.75 s at 4×, done within 2 s of the map (docs/performance.md, Run 16).
 */
export function warmUpQueries(catalog: Catalog): string[] {
  const { projects, problems } = catalog;
  const project = projects[Math.floor(projects.length / 2)];
  const other = projects[Math.floor(projects.length / 3)];
  const name = project?.name.toLowerCase().slice(0, 12);
  const texts: string[] = [];
  if (name) texts.push(name);
  if (problems[0]) texts.push(problems[0].question.toLowerCase());
  const problem = problems[1] ?? problems[0];
  if (problem) texts.push(`${problem.name.toLowerCase()} ${other?.name.toLowerCase().slice(0, 4) ?? 's'}`);
  if (name) texts.push(`${name} alternative`);
  return texts.flatMap((text) => Array.from(text, (_, i) => text.slice(0, i + 1)).filter((q) => q.trim()));
}

/**
 * Last, a word no name begins with: the query that finds nothing compares it with every name (the
 * closest names, suggestNames.ts), a reader's first typo. It runs once the names' words are ready.
 */
export const NO_MATCH_WARM_UP = 'qzx';

export interface IdleSearchIndex {
  readonly catalog: Catalog;
  /** The index: ready when idle time built it, else finished now. */
  get(): SearchIndex;
  /** Whether the index was completed in idle time, before anything asked for it (for tests and the bench). */
  readonly builtWhileIdle: boolean;
  /** Stops building, or warming up (the catalog was replaced). */
  cancel(): void;
}

/**
 * `view`, when given, is what the page does with a search's results (the explorer: `deriveView`, which
 * looks every hit's node up): it is run on each warm-up's results, so that code is compiled too.
 */
export function buildSearchIndexWhenIdle(
  catalog: Catalog,
  schedule: IdleScheduler = whenIdle,
  view?: (results: SearchResults) => void,
): IdleSearchIndex {
  const steps = searchIndexSteps(catalog);
  // The build's slices are short; the warm-up's searches are not, and wait for the reader to be still. A
  // scheduler given by the caller (a test's) runs both.
  const warmSchedule = schedule === whenIdle ? whenStill : schedule;
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
  const search = (built: SearchIndex, query: string) => {
    const results = searchCatalog(built, query);
    // As the list would: its first rows explain themselves.
    for (const hit of results.hits.slice(0, 10)) void hit.ranges;
    view?.(results);
  };
  const warmUp = (built: SearchIndex) => {
    const query = warmUps.shift();
    // Then the names' words that a query finding nothing compares with (suggestNames.ts), and such a query.
    if (query === undefined)
      return inSlices(nameWordsSteps(built), () => {
        cancel = warmSchedule(() => {
          search(built, NO_MATCH_WARM_UP);
          cancel = () => {};
        });
      });
    cancel = warmSchedule(() => {
      search(built, query);
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
