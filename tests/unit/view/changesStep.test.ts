/**
 * The tour's step on what changed since the article: every figure in it comes from the catalog's dates
 * (changesSince), it sits after the article's paragraphs and before the extension, it lights the projects
 * that joined, and a catalog without dates has no such step.
 */
import { describe, expect, test } from 'vitest';
import { changesSince } from '../../../src/lib/time/changesSince.ts';
import { changesStep } from '../../../src/lib/view/changesStep.ts';
import { buildTour } from '../../../src/lib/view/tour.ts';
import { bundledCatalog, loadCatalog } from '../../helpers/catalogs.ts';

const catalog = bundledCatalog();
const TODAY = '2026-11-29';
const since = catalog.article.published;

describe('what changed since the article', () => {
  const step = changesStep(catalog, TODAY)!;
  const changes = changesSince(catalog, since, TODAY)!;

  test('says how many projects joined, and how many the foundation counted then and now', () => {
    expect(step.caption).toContain(`${changes.joined.length} projects joined the CNCF`);
    expect(step.caption).toContain(`counted ${changes.before} then and ${changes.after} today`);
    expect(changes.joined.length).toBeGreaterThan(0);
  });

  test('names the problems with the largest growth, largest first, and shows them', () => {
    const top = changes.growth.filter((g) => g.joined > 0).slice(0, 3);
    expect(step.problems).toEqual(top.map((g) => g.id));
    const named = top.map((g) => `${g.name} (+${g.joined})`);
    let at = -1;
    for (const text of named) {
      const next = step.caption.indexOf(text);
      expect(next).toBeGreaterThan(at);
      at = next;
    }
  });

  test('lights exactly the projects that joined since', () => {
    expect(step.projects).toEqual(changes.joined);
  });

  test('tells what became of each project the article names', () => {
    const fates = new Map(step.changes!.fates.map((f) => [f.id, f.text]));
    expect([...fates.keys()]).toEqual(catalog.projects.filter((p) => p.named_in_article).map((p) => p.id));
    expect(fates.get('istio')).toBe(
      'Istio: joined the CNCF at incubating on 30 September 2022 and graduated on 12 July 2023.',
    );
    expect(fates.get('linkerd')).toBe('Linkerd: graduated on 28 July 2021.');
    expect(fates.get('kubernetes')).toBe('Kubernetes: unchanged (graduated).');
    const undated = catalog.projects.find((p) => p.named_in_article && !p.dates)!;
    expect(fates.get(undated.id)).toBe(`${undated.name}: outside the CNCF, so no dates to tell.`);
  });

  test('comes after the article’s paragraphs and before the extension', () => {
    const tour = buildTour(catalog);
    const at = tour.findIndex((s) => s.changes);
    expect(tour[at - 1]!.paragraph).toBe(Math.max(...catalog.article.paragraphs.map((p) => p.paragraph)));
    expect(tour[at + 1]!.title).toBe('Beyond the article');
  });

  test('is left out when the catalog records no dates', () => {
    const undated = { ...catalog, projects: catalog.projects.map(({ dates: _dates, ...p }) => p) };
    expect(changesStep(undated, TODAY)).toBeUndefined();
    expect(buildTour(undated).some((s) => s.changes)).toBe(false);
    const minimal = loadCatalog('tests/fixtures/valid/minimal.yaml');
    expect(buildTour(minimal).some((s) => s.changes)).toBe(false);
  });
});
