/**
 * The camera frames what a view is about in the part of the map nothing covers: each tour step's
 * problems and named projects sit beside the tour card (desktop) or above it (phone), never under it;
 * a filtered view re-forms and fills the canvas; clearing the filter gives the whole map back.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCatalog } from '../../src/lib/catalog/index.ts';
import { problemNodeId, projectNodeId } from '../../src/lib/graph/nodeIds.ts';
import { buildTour } from '../../src/lib/view/tour.ts';
import { map, mapReady, nodePoint } from './helpers.ts';

const parsed = parseCatalog(readFileSync('data/catalog.yaml'), 'catalog.yaml');
if (!parsed.ok) throw new Error('invalid catalog');
const steps = buildTour(parsed.catalog);

/** Every node a step is about lies on the canvas and outside the tour card. */
async function expectStepClearOfCard(page: Page, step: number) {
  const { problems, projects } = steps[step - 1]!;
  const ids = [...problems.map(problemNodeId), ...projects.map(projectNodeId)];
  const card = (await page.locator('section.tour').boundingBox())!;
  const canvas = (await map(page).boundingBox())!;
  for (const id of ids) {
    const p = await nodePoint(page, id);
    const underCard =
      p.x >= card.x && p.x <= card.x + card.width && p.y >= card.y && p.y <= card.y + card.height;
    expect(underCard, `step ${step}: ${id} is under the tour card`).toBe(false);
    expect(p.x, `step ${step}: ${id} is off the canvas`).toBeGreaterThanOrEqual(canvas.x);
    expect(p.x).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(p.y).toBeGreaterThanOrEqual(canvas.y);
    expect(p.y).toBeLessThanOrEqual(canvas.y + canvas.height);
  }
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`${viewport.name}: every tour step frames its nodes where the tour card leaves room`, async ({
    browser,
  }) => {
    // Every step of the tour in one test: allow for a loaded two-core machine.
    test.setTimeout(240_000);
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('./?tour=1');
    await mapReady(page);
    for (let step = 1; step <= steps.length; step++) {
      if (step > 1) {
        await page.getByRole('button', { name: 'Next →', exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`tour=${step}`));
        await mapReady(page);
      }
      await expectStepClearOfCard(page, step);
    }
    await context.close();
  });
}

test('a filter re-forms the map around what is left, and clearing it gives the whole map back', async ({
  page,
}) => {
  await page.goto('./');
  await mapReady(page);
  const before = await nodePoint(page, 'project:istio');
  await page.goto('./?problem=service-mesh');
  await mapReady(page);
  // The mesh's projects and hub fill the canvas: the cluster's box covers most of it.
  const canvas = (await map(page).boundingBox())!;
  const ids = [
    problemNodeId('service-mesh'),
    ...parsed.catalog.projects
      .filter((p) => p.problems.includes('service-mesh'))
      .map((p) => projectNodeId(p.id)),
  ];
  const points = await Promise.all(ids.map((id) => nodePoint(page, id)));
  const width = Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x));
  const height = Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y));
  expect(Math.max(width / canvas.width, height / canvas.height)).toBeGreaterThan(0.6);
  expect(await nodePoint(page, 'project:istio')).not.toEqual(before);
});
