/**
 * A query that finds nothing compares its words with every name (the closest names). Their words are
 * tokenised in idle time after the index is built, so that keystroke (a typo, a two-letter start such
 * as "mt" on a big landscape) tokenises only itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { parseCatalog } from '../../src/lib/catalog/index.ts';

const calls = vi.hoisted(() => ({ tokenise: 0 }));
vi.mock('../../src/lib/search/tokenise.ts', async (original) => {
  const real = await original<typeof import('../../src/lib/search/tokenise.ts')>();
  return {
    ...real,
    tokenise: (...args: Parameters<typeof real.tokenise>) => {
      calls.tokenise++;
      return real.tokenise(...args);
    },
  };
});
const { buildSearchIndexWhenIdle } = await import('../../src/lib/search/idleSearchIndex.ts');
const { searchCatalog } = await import('../../src/lib/search/index.ts');

const parsed = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
if (!parsed.ok) throw new Error('data/catalog.yaml does not validate; run npm run validate');

/** Runs every idle callback, and those they schedule, each with an 8 ms budget. */
function drainIdle(pending: Array<(budget: number) => void>) {
  let slices = 0;
  while (pending.length > 0 && slices < 10_000) {
    pending.shift()!(8);
    slices++;
  }
  return slices;
}

describe('the closest names after idle time', () => {
  test('a query that finds nothing tokenises only itself once the page has been idle', () => {
    const pending: Array<(budget: number) => void> = [];
    const building = buildSearchIndexWhenIdle(parsed.catalog, (work) => {
      pending.push(work);
      return () => pending.splice(pending.indexOf(work) >>> 0, 1);
    });
    drainIdle(pending);
    expect(building.builtWhileIdle).toBe(true);
    const before = calls.tokenise;
    const results = searchCatalog(building.get(), 'kubernetttttes');
    expect(results.hits).toEqual([]);
    expect(results.closest?.map((hit) => hit.label)).toContain('Kubernetes');
    // The query itself (parsed, then for the closest names): not the catalog's hundreds of names.
    expect(calls.tokenise - before).toBeLessThan(10);
  });

  test('without idle time the same query still finds the closest names', () => {
    const building = buildSearchIndexWhenIdle(parsed.catalog, () => () => {});
    const before = calls.tokenise;
    const results = searchCatalog(building.get(), 'kubernetttttes');
    expect(results.closest?.map((hit) => hit.label)).toContain('Kubernetes');
    expect(calls.tokenise - before).toBeGreaterThan(parsed.catalog.projects.length);
  });
});
