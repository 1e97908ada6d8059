/**
 * The bundled catalog's dates tell the story the article's readers missed
 * (issue 17): what happened to the projects it names, and how the landscape
 * grew. Facts are read through the same functions the app uses.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseCatalog, type Catalog, type Project } from '../../src/lib/catalog/index.ts';
import { changesSince, isVisibleAt, stepEvents, timelineSteps } from '../../src/lib/time/index.ts';

function load(): Catalog {
  const result = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
  if (!result.ok) throw new Error('data/catalog.yaml is invalid; run npm run validate');
  return result.catalog;
}
const catalog = load();
const ARTICLE = catalog.article.published;
const byId = (id: string): Project => {
  const project = catalog.projects.find((p) => p.id === id);
  if (!project) throw new Error(`no project ${id}`);
  return project;
};
/** `kind level year` for each step after the article. */
const since = (id: string) =>
  stepEvents(byId(id), ARTICLE, '9999-12-31').map((e) => `${e.kind} ${e.level} ${e.date.slice(0, 4)}`);

test('every CNCF project in the catalog is dated, and no project outside it is', () => {
  const cncf = catalog.projects.filter((p) => p.maturity !== 'none');
  expect(cncf.length).toBeGreaterThan(150);
  expect(cncf.filter((p) => !p.dates?.accepted).map((p) => p.id)).toEqual([]);
  expect(catalog.projects.filter((p) => p.maturity === 'none' && p.dates).map((p) => p.id)).toEqual([]);
});

test("the article's projects since 2020-12-10, as the issue tells it", () => {
  expect(since('istio')).toEqual(['joined incubating 2022', 'promoted graduated 2023']);
  expect(since('linkerd')).toEqual(['promoted graduated 2021']);
  expect(since('spiffe')).toEqual(['promoted graduated 2022']);
  expect(since('spire')).toEqual(['promoted graduated 2022']);
  expect(since('opentracing')).toEqual(['archived archived 2021']);
});

test("Istio's timeline in its details: joined in 2022, graduated in 2023, after the article", () => {
  expect(timelineSteps(byId('istio'), ARTICLE).map((s) => `${s.label}: ${s.day}`)).toEqual([
    'The article is published: 10 December 2020',
    'Joined the CNCF at incubating: 30 September 2022',
    'Graduated: 12 July 2023',
  ]);
});

test('the map at the article shows fewer projects than today, and 2017 fewer still', () => {
  const visible = (day: string) => catalog.projects.filter((p) => isVisibleAt(p, day)).length;
  const today = new Date().toISOString().slice(0, 10);
  expect(visible('2017-01-01')).toBeLessThan(visible(ARTICLE));
  expect(visible(ARTICLE)).toBeLessThan(visible(today));
});

test('changes since the article add up: today = then + joined - archived', () => {
  const changes = changesSince(catalog, ARTICLE);
  if (!changes) throw new Error('the catalog is dated');
  const joinedAndStill = changes.joined.filter((id) => isVisibleAt(byId(id), changes.until)).length;
  const archivedFromThen = changes.archived.filter((id) => isVisibleAt(byId(id), ARTICLE)).length;
  expect(changes.after).toBe(changes.before + joinedAndStill - archivedFromThen);
  expect(changes.joined).toContain('istio');
  expect(changes.archived).toContain('opentracing');
  expect(changes.articleProjects).toHaveLength(catalog.projects.filter((p) => p.named_in_article).length);
  const top = changes.growth[0]!;
  expect(changes.growth.every((g) => g.joined <= top.joined)).toBe(true);
});
