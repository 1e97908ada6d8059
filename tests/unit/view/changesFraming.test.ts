/**
 * The tour's step on what changed since the article plays the map from the article's day to today: whatever
 * day the play has reached, the camera is asked to frame the step as it ends (today's projects that joined),
 * while the map shows and lights only what was there on that day. Other steps frame what is shown.
 */
import { expect, test } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { deriveView, type ViewQuery } from '../../../src/lib/view/deriveView.ts';
import { timeMaskOf } from '../../../src/lib/view/timeMask.ts';
import { buildTour } from '../../../src/lib/view/tour.ts';
import { bundledCatalog } from '../../helpers/catalogs.ts';

const catalog = bundledCatalog();
const graph = buildGraph(catalog);
const tour = buildTour(catalog);
const step = tour.findIndex((s) => s.changes) + 1;
const QUERY: ViewQuery = { problems: [], maturities: [], article: false, select: null, tour: step };
const at = (day: string | null, query: Partial<ViewQuery> = {}) =>
  deriveView({
    graph,
    tour,
    query: { ...QUERY, ...query },
    hits: null,
    time: timeMaskOf(catalog, graph, day),
  });
const framed = (v: ReturnType<typeof at>) => (typeof v.framing === 'object' ? v.framing.nodes : []);

test('on the article’s day and halfway, the step is framed as it is today', () => {
  const today = at(null);
  expect(framed(today).length).toBeGreaterThan(10);
  for (const day of [catalog.article.published, '2023-06-01']) {
    const v = at(day);
    expect(framed(v)).toEqual(framed(today));
    expect(v.framingKey).toBe(today.framingKey);
    // What is lit is what is there on that day.
    expect(v.tourNodes!.length).toBeLessThan(today.tourNodes!.length);
  }
});

test('another step, on another day, frames only what that day shows', () => {
  const other = tour.findIndex((s) => s.projects.includes('istio')) + 1;
  const v = at('2020-12-10', { tour: other });
  expect(framed(v)).not.toContain(graph.indexOf.get('project:istio'));
});
