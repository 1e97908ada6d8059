/**
 * The map on a given day (`at=`): the date is one more filter in deriveView, projects take the level they
 * had on that day, and the counts follow. On a small fixture given dates here, and on the bundled catalog.
 */
import { describe, expect, test } from 'vitest';
import type { Catalog, Project } from '../../../src/lib/catalog/types.ts';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { renderMapSvg } from '../../../src/lib/render/index.ts';
import { deriveView, type ViewQuery } from '../../../src/lib/view/deriveView.ts';
import { countFilters } from '../../../src/lib/view/filters.ts';
import { timeMaskOf } from '../../../src/lib/view/timeMask.ts';
import { bundledCatalog, loadCatalog } from '../../helpers/catalogs.ts';

const DATES: Record<string, Project['dates']> = {
  linkerd: { accepted: '2017-01-23', incubating: '2018-04-06', graduated: '2021-07-28' },
  kuma: { accepted: '2020-06-23' },
  jaeger: { accepted: '2017-09-13', incubating: '2017-09-13', graduated: '2019-10-31' },
  nats: { accepted: '2018-03-15', incubating: '2018-03-15', archived: '2024-01-01' },
};
const base = loadCatalog('tests/fixtures/valid/view.yaml');
const catalog: Catalog = {
  ...base,
  projects: base.projects.map((p) =>
    DATES[p.id] ? { ...p, dates: DATES[p.id], maturity: p.id === 'nats' ? 'archived' : p.maturity } : p,
  ),
};
const graph = buildGraph(catalog);
const NO_QUERY: ViewQuery = { problems: [], maturities: [], article: false, select: null, tour: null };
const at = (day: string | null, query: Partial<ViewQuery> = {}) =>
  deriveView({
    graph,
    tour: [],
    query: { ...NO_QUERY, ...query, at: day },
    hits: null,
    time: timeMaskOf(catalog, graph, day),
  });
const shownProjects = (visible: Uint8Array | null) =>
  graph.nodes.filter((n) => n.kind === 'project' && (!visible || visible[n.index] === 1)).map((n) => n.key);
const markOf = (day: string, id: string) => at(day).maturity?.[graph.indexOf.get(`project:${id}`)!];

describe('the map on a day', () => {
  test('without a day nothing changes: every project, today’s marks', () => {
    const v = at(null);
    expect(v.visible).toBeNull();
    expect(v.maturity).toBeNull();
  });

  test('projects not yet accepted are hidden; undated ones always stay', () => {
    expect(shownProjects(at('2017-06-01').visible)).toEqual(['linkerd', 'zipkin', 'kafka']);
    expect(shownProjects(at('2019-01-01').visible)).toEqual(['linkerd', 'jaeger', 'zipkin', 'kafka', 'nats']);
  });

  test('an archived project drops out on its archive day', () => {
    expect(shownProjects(at('2023-12-31').visible)).toContain('nats');
    expect(shownProjects(at('2024-01-01').visible)).not.toContain('nats');
  });

  test('a project is drawn with the level it had that day', () => {
    expect(markOf('2017-06-01', 'linkerd')).toBe('sandbox');
    expect(markOf('2019-01-01', 'linkerd')).toBe('incubating');
    expect(markOf('2022-01-01', 'linkerd')).toBe('graduated');
    expect(markOf('2019-01-01', 'zipkin')).toBe('none');
  });

  test('a hub with no project yet on that day is hidden, as a filter hides it', () => {
    const v = at('2017-06-01');
    expect(v.visible![graph.indexOf.get('problem:service-mesh')!]).toBe(1);
    const messaging = graph.indexOf.get('problem:messaging')!;
    const messagingProjects = graph.projectsOf.get(messaging)!.map((i) => graph.nodes[i]!.key);
    const anyUndated = messagingProjects.some((id) => !DATES[id]);
    expect(v.visible![messaging]).toBe(anyUndated ? 1 : 0);
  });

  test('the maturity filter and its counts use the day’s levels', () => {
    const v = at('2019-01-01', { maturities: ['incubating'] });
    expect(shownProjects(v.visible)).toEqual(['linkerd', 'jaeger', 'nats']);
    const counts = countFilters(graph, {
      problems: [],
      maturities: [],
      article: false,
      time: timeMaskOf(catalog, graph, '2019-01-01'),
    });
    expect(counts.maturities.get('incubating')).toBe(3);
    expect(counts.maturities.get('graduated')).toBe(0);
    expect(counts.total).toBe(5);
  });

  test('a catalog without dates ignores the day', () => {
    expect(timeMaskOf(base, buildGraph(base), '2017-01-01')).toBeNull();
  });
});

describe('the bundled catalog on the article’s day and before', () => {
  const bundled = bundledCatalog();
  const g = buildGraph(bundled);
  const count = (day: string | null) =>
    countFilters(g, { problems: [], maturities: [], article: false, time: timeMaskOf(bundled, g, day) })
      .total;

  test('2020-12-10 shows fewer projects than today, and 2017-01-01 fewer still', () => {
    const today = count(null);
    const article = count('2020-12-10');
    const early = count('2017-01-01');
    expect(article).toBeLessThan(today);
    expect(early).toBeLessThan(article);
  });

  test('Istio is drawn as incubating on 2022-10-01 and is absent on the article’s day', () => {
    const time = timeMaskOf(bundled, g, '2022-10-01')!;
    const istio = g.indexOf.get('project:istio')!;
    expect(time.maturity[istio]).toBe('incubating');
    expect(timeMaskOf(bundled, g, '2020-12-10')!.present[istio]).toBe(0);
  });

  test('the static picture draws the day too: fewer shapes, and its title names the day', () => {
    const svg = (day?: string) =>
      renderMapSvg({ catalog: bundled, view: { theme: 'light', at: day }, width: 800, height: 600 });
    const today = svg();
    const then = svg('2017-01-01');
    expect(then).toContain('as on 1 January 2017');
    expect(then.length).toBeLessThan(today.length);
  });

  test('the static picture of a day re-forms its landscape as a filter does, across the picture', () => {
    const svg = (day?: string) =>
      renderMapSvg({ catalog: bundled, view: { theme: 'light', at: day }, width: 800, height: 600 });
    const labelAt = (picture: string, name: string) =>
      new RegExp(`<text x="([\\d.]+)" y="([\\d.]+)">${name}</text>`).exec(picture)?.slice(1).map(Number);
    const today = labelAt(svg(), 'Prometheus');
    const then = svg('2017-01-01');
    expect(today).toBeDefined();
    expect(labelAt(then, 'Prometheus')).toBeDefined();
    expect(labelAt(then, 'Prometheus')).not.toEqual(today);
    const xs = [...then.matchAll(/<text x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.6 * 800);
  });
});
