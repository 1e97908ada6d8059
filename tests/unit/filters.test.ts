import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { applyFilters, countFilters, type Filters } from '../../src/lib/view/filters.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

const catalog = bundledCatalog();
const graph = buildGraph(catalog);
const none: Filters = { problems: [], maturities: [], article: false };

/** The project ids a filter shows, straight from the catalog, for comparison. */
function expected(test: (p: (typeof catalog.projects)[number]) => boolean) {
  return catalog.projects
    .filter(test)
    .map((p) => p.id)
    .sort();
}
function shown(filters: Filters) {
  const visible = applyFilters(graph, filters);
  return graph.nodes
    .filter((n) => n.kind === 'project' && (!visible || visible[n.index] === 1))
    .map((n) => n.key)
    .sort();
}

describe('filters', () => {
  test('no filter shows everything', () => {
    expect(applyFilters(graph, none)).toBeNull();
    expect(countFilters(graph, none).total).toBe(catalog.projects.length);
  });

  test('values within a filter are OR', () => {
    const filters = { ...none, problems: ['tracing', 'logging'] };
    expect(shown(filters)).toEqual(
      expected((p) => p.problems.includes('tracing') || p.problems.includes('logging')),
    );
  });

  test('filters combine with AND', () => {
    const filters: Filters = {
      problems: ['service-mesh'],
      maturities: ['graduated', 'incubating'],
      article: true,
    };
    expect(shown(filters)).toEqual(
      expected(
        (p) =>
          p.problems.includes('service-mesh') &&
          (p.maturity === 'graduated' || p.maturity === 'incubating') &&
          p.named_in_article === true,
      ),
    );
    expect(shown(filters)).toEqual(['istio', 'linkerd', 'linkerd2-proxy', 'envoy'].sort());
  });

  test('hides problem hubs that are not chosen or have nothing left, keeps the article', () => {
    const visible = applyFilters(graph, { ...none, problems: ['tracing'] })!;
    expect(visible[0]).toBe(1);
    expect(visible[graph.indexOf.get('problem:tracing')!]).toBe(1);
    expect(visible[graph.indexOf.get('problem:logging')!]).toBe(0);
  });

  test('counts are faceted: each value counts what choosing it would show, given the other filters', () => {
    const filters: Filters = { problems: ['tracing'], maturities: [], article: false };
    const counts = countFilters(graph, filters);
    expect(counts.total).toBe(expected((p) => p.problems.includes('tracing')).length);
    // A problem's count ignores the problem filter itself...
    expect(counts.problems.get('logging')).toBe(expected((p) => p.problems.includes('logging')).length);
    // ...while maturity counts apply it.
    expect(counts.maturities.get('graduated')).toBe(
      expected((p) => p.problems.includes('tracing') && p.maturity === 'graduated').length,
    );
    expect(counts.article).toBe(
      expected((p) => p.problems.includes('tracing') && p.named_in_article === true).length,
    );
  });
});
