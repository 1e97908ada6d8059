/**
 * The search index is built in idle time after load, in slices, so that the first keystroke only
 * queries; a query that comes first still gets the right answer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { syntheticCatalog } from '../../bench/syntheticCatalog.ts';
import { formatError, parseCatalog } from '../../src/lib/catalog/index.ts';
import type { Catalog } from '../../src/lib/catalog/types.ts';
import { importLandscape, loadMapping } from '../../src/lib/import/index.ts';
import { createSearchIndex, searchCatalog } from '../../src/lib/search/index.ts';
import {
  buildSearchIndexWhenIdle,
  NO_MATCH_WARM_UP,
  stillScheduler,
  warmUpQueries,
  whenIdle,
  type IdleScheduler,
} from '../../src/lib/search/idleSearchIndex.ts';
import { searchIndexSteps } from '../../src/lib/search/createSearchIndex.ts';
import { Vocabulary } from '../../src/lib/search/vocabulary.ts';

const parsed = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
if (!parsed.ok) throw new Error('data/catalog.yaml does not validate; run npm run validate');
const bundled = parsed.catalog;

/** A scheduler the test drives: each pending idle callback runs when the test says so. */
function fakeIdle() {
  const pending: Array<(budget: number) => void> = [];
  let cancelled = 0;
  const schedule: IdleScheduler = (work) => {
    pending.push(work);
    return () => {
      const at = pending.indexOf(work);
      if (at >= 0) {
        pending.splice(at, 1);
        cancelled++;
      }
    };
  };
  return {
    schedule,
    pending,
    cancelled: () => cancelled,
    /** Runs idle callbacks until none is scheduled; returns how many ran. */
    drain(budget = 8) {
      let slices = 0;
      while (pending.length > 0) {
        pending.shift()!(budget);
        slices++;
      }
      return slices;
    },
  };
}

const ids = (results: ReturnType<typeof searchCatalog>) => results.hits.map((hit) => `${hit.kind}:${hit.id}`);

describe('the search index built in idle time', () => {
  test('is complete before the first keystroke, which then only queries', () => {
    const idle = fakeIdle();
    const building = buildSearchIndexWhenIdle(bundled, idle.schedule);
    expect(building.builtWhileIdle).toBe(false);
    expect(idle.drain()).toBeGreaterThan(0);
    expect(building.builtWhileIdle).toBe(true);
    const index = building.get();
    // Asking again returns the same index: nothing is built at the keystroke.
    expect(building.get()).toBe(index);
    expect(idle.pending).toHaveLength(0);
    const direct = createSearchIndex(bundled);
    for (const query of ['tracing', 'service mesh', 'prometheus', 'kubernetes dashboard', 'istoi']) {
      expect(ids(searchCatalog(index, query))).toEqual(ids(searchCatalog(direct, query)));
    }
  });

  test('comes in slices on a large catalog: no single idle callback builds it all', () => {
    const idle = fakeIdle();
    // A zero budget still does one slice per callback: a 2,400-project catalog needs many of them.
    const building = buildSearchIndexWhenIdle(syntheticCatalog(2400), idle.schedule);
    const slices = idle.drain(0);
    expect(slices).toBeGreaterThan(10);
    expect(building.builtWhileIdle).toBe(true);
  });

  test('a query before the build is done finishes it at once and stops the idle work', () => {
    const idle = fakeIdle();
    const building = buildSearchIndexWhenIdle(bundled, idle.schedule);
    const index = building.get();
    expect(building.builtWhileIdle).toBe(false);
    expect(idle.cancelled()).toBe(1);
    expect(idle.pending).toHaveLength(0);
    expect(ids(searchCatalog(index, 'tracing'))).toEqual(
      ids(searchCatalog(createSearchIndex(bundled), 'tracing')),
    );
  });

  test('then runs a few searches, one idle callback each, so the first keystroke finds the engine compiled', () => {
    const idle = fakeIdle();
    const building = buildSearchIndexWhenIdle(bundled, idle.schedule);
    while (!building.builtWhileIdle) idle.pending.shift()!(8);
    const queries = warmUpQueries(bundled);
    expect(queries.length).toBeGreaterThan(1);
    // One warm-up search waits at a time; a keystroke stops the rest.
    expect(idle.pending).toHaveLength(1);
    idle.pending.shift()!(8);
    expect(idle.pending).toHaveLength(1);
    building.get();
    expect(idle.pending).toHaveLength(0);
    expect(idle.cancelled()).toBe(1);
  });

  test('warms up with each kind of query the box sees, typed a letter at a time, from the catalog itself', () => {
    const queries = warmUpQueries(bundled);
    const question = bundled.problems[0]!.question.toLowerCase();
    // A question, as typed: every prefix of it, in order.
    const typed = queries.filter((q) => question.startsWith(q));
    expect(typed.at(-1)).toBe(question);
    expect(typed.length).toBeGreaterThan(question.replace(/ /g, '').length - 1);
    // A project's name, a problem's name and the start of another word, and "<name> alternative".
    const project = bundled.projects[Math.floor(bundled.projects.length / 2)]!.name.toLowerCase();
    expect(queries).toContain(project.slice(0, 12));
    expect(queries.some((q) => q.startsWith(`${bundled.problems[1]!.name.toLowerCase()} `))).toBe(true);
    expect(queries).toContain(`${project.slice(0, 12)} alternative`);
    expect(queries.every((q) => q.trim() !== '')).toBe(true);
  });

  test('last, once the names are prepared, a query that finds nothing: a first typo finds its code compiled', () => {
    const idle = fakeIdle();
    const building = buildSearchIndexWhenIdle(bundled, idle.schedule);
    idle.drain();
    const index = building.get();
    // The last search run is kept in the index's results: the word that matches nothing.
    expect([...index.resultCache.keys()].at(-1)).toBe(NO_MATCH_WARM_UP);
    const results = searchCatalog(index, NO_MATCH_WARM_UP);
    expect(results.hits).toEqual([]);
    expect(results.closest).toBeDefined();
  });

  test('the results of each warm-up search go through what the page does with them', () => {
    const idle = fakeIdle();
    const viewed: string[] = [];
    buildSearchIndexWhenIdle(bundled, idle.schedule, (results) => viewed.push(results.query));
    idle.drain();
    expect(viewed).toEqual([...warmUpQueries(bundled), NO_MATCH_WARM_UP]);
  });

  test.each<[string, () => Catalog]>([
    ['data/catalog.yaml', () => bundled],
    ['a synthetic catalog of 5,000 projects', () => syntheticCatalog(5000)],
    ...['cncf', 'cdf', 'aswf']
      .map((name) => `../shared/data/${name}-landscape.yml`)
      .filter((file) => existsSync(file))
      .map((file): [string, () => Catalog] => [file, () => imported(file)]),
  ])('the word that warms up the closest names finds nothing in %s', (_, catalog) => {
    expect(searchCatalog(createSearchIndex(catalog()), NO_MATCH_WARM_UP).hits).toEqual([]);
  });

  test('a replaced catalog stops its build', () => {
    const idle = fakeIdle();
    const building = buildSearchIndexWhenIdle(bundled, idle.schedule);
    building.cancel();
    expect(idle.pending).toHaveLength(0);
  });
});

/** A real landscape imported with its members, as a reader's import would be. */
function imported(file: string) {
  const mapping = loadMapping(readFileSync('data/landscape-problems.yaml', 'utf8'), bundled, 'mapping');
  if (!mapping.ok) throw new Error(mapping.errors.map(formatError).join('\n'));
  const source = readFileSync(file, 'utf8');
  const result = importLandscape(source, { bundled, mapping: mapping.mapping, includeMembers: true, file });
  if (!result.ok) throw new Error(result.errors.slice(0, 5).map(formatError).join('\n'));
  return result.catalog;
}

describe('the vocabulary', () => {
  test('is sealed in steps, so no idle slice builds a big landscape’s typo table in one go', () => {
    const vocabulary = new Vocabulary();
    for (let i = 0; i < 5000; i++) vocabulary.add(`term${i.toString(36)}x`);
    let steps = 0;
    for (const _ of vocabulary.sealSteps(2000)) steps++;
    expect(steps).toBe(2);
    // Sealed all the same: the bigram lookup finds a term from a typo.
    const near = vocabulary.bigramNeighbours('term1zy', false, 3, 5, 9).map((id) => vocabulary.terms[id]);
    expect(near).toContain('term1zx');
  });
});

test('the build pauses every couple of projects, so a slice can stop near its budget even on a slow phone', () => {
  const steps = searchIndexSteps(bundled);
  let pauses = 0;
  while (!steps.next().done) pauses++;
  // At 50 projects a step, one step took 96 ms at 4× CPU: a whole slice's budget many times over.
  expect(pauses).toBeGreaterThanOrEqual(Math.floor(bundled.projects.length / 2));
});

describe('the slices, in a browser', () => {
  afterEach(() => vi.unstubAllGlobals());

  // An idle callback runs at most one slice per idle period: on the 2,407-project import at 4× CPU the
  // index was ready 3-4 s after the map, and a reader who typed sooner finished it in their first keystroke.
  test('are background tasks where the browser has a task scheduler, and a cancel withdraws them', async () => {
    const posted: Array<{ task: () => void; priority: string; signal: AbortSignal }> = [];
    const postTask = vi.fn((task: () => void, options: { priority: string; signal: AbortSignal }) => {
      posted.push({ task, ...options });
      return new Promise<void>((resolve, reject) =>
        options.signal.addEventListener('abort', () => reject(options.signal.reason)),
      );
    });
    const idleCallback = vi.fn();
    vi.stubGlobal('scheduler', { postTask });
    vi.stubGlobal('requestIdleCallback', idleCallback);
    const budgets: number[] = [];
    const cancel = whenIdle((budget) => budgets.push(budget));
    expect(idleCallback).not.toHaveBeenCalled();
    expect(posted.map((p) => p.priority)).toEqual(['background']);
    posted[0]!.task();
    expect(budgets).toEqual([8]);
    whenIdle(() => {})();
    expect(posted[1]!.signal.aborted).toBe(true);
    cancel();
    // The withdrawn slice's promise rejects; nothing is left unhandled.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  test('the warm-up waits until the reader has left the page alone for a moment', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const page = new EventTarget();
      const ran: string[] = [];
      const idle: IdleScheduler = (work) => (ran.push('idle'), work(8), () => {});
      const schedule = stillScheduler(page, idle, 500);
      schedule(() => ran.push('search'));
      // Nobody has touched the page yet: at once.
      expect(ran).toEqual(['idle', 'search']);
      vi.advanceTimersByTime(1000);
      page.dispatchEvent(new Event('pointermove'));
      const cancel = schedule(() => ran.push('second'));
      vi.advanceTimersByTime(300);
      page.dispatchEvent(new Event('wheel'));
      vi.advanceTimersByTime(300);
      // A gesture under way: still waiting, 300 ms after its last event.
      expect(ran).toEqual(['idle', 'search']);
      vi.advanceTimersByTime(250);
      expect(ran).toEqual(['idle', 'search', 'idle', 'second']);
      cancel();
      // A cancel while waiting: nothing runs.
      page.dispatchEvent(new Event('keydown'));
      schedule(() => ran.push('third'))();
      vi.advanceTimersByTime(1000);
      expect(ran).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  test('are idle callbacks where there is no task scheduler', () => {
    const idleCallback = vi.fn((run: (deadline: IdleDeadline) => void) => {
      run({ didTimeout: false, timeRemaining: () => 3 } as IdleDeadline);
      return 1;
    });
    vi.stubGlobal('requestIdleCallback', idleCallback);
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const budgets: number[] = [];
    whenIdle((budget) => budgets.push(budget));
    expect(budgets).toEqual([3]);
  });
});
