/**
 * The details panel's code comes on the first sign that a reader wants details (a hover, a selection):
 * a visit that only looks at the map never downloads it, and the first selection still opens the
 * details with the focus on their heading, however late the code arrives.
 */
import { expect, test } from '@playwright/test';
import { details, holdBack, map, mapReady, nodePoint, search } from './helpers.ts';

const detailsRequested = (page: import('@playwright/test').Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').some((e) => /DetailsPanel-/.test(e.name)));

test('a visit that only looks at the map downloads no details code', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  // The logo sprite comes last, after the first view: once it is here, the load is over.
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByType('resource').some((e) => /logos-/.test(e.name))),
    )
    .toBe(true);
  expect(await detailsRequested(page)).toBe(false);
});

test('a click on a node whose details code is still on its way opens them, heading focused', async ({
  page,
}) => {
  const release = await holdBack(page, /DetailsPanel-.*\.js$/);
  await page.goto('./');
  await mapReady(page);
  const point = await nodePoint(page, 'project:jaeger');
  const asked = page.waitForRequest(/DetailsPanel-.*\.js$/);
  await page.mouse.move(point.x, point.y);
  await expect(map(page)).toHaveAttribute('data-hovered', 'project:jaeger');
  // The hover asked for the code (held back, it has no Resource Timing entry yet).
  await asked;
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/select=jaeger/);
  await expect(details(page)).toHaveCount(0);
  release();
  await expect(details(page).getByRole('heading', { name: 'Jaeger' })).toBeFocused();
});

test('a search result picked by keyboard opens its details on a page that never hovered', async ({
  page,
}) => {
  await page.goto('./');
  await mapReady(page);
  await search(page).fill('jaeger');
  await search(page).press('Enter');
  await expect(details(page).getByRole('heading', { name: 'Jaeger' })).toBeFocused();
});

test('a click after a hover brought the code opens the details, heading focused', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const point = await nodePoint(page, 'project:jaeger');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => detailsRequested(page)).toBe(true);
  await page.mouse.click(point.x, point.y);
  await expect(details(page).getByRole('heading', { name: 'Jaeger' })).toBeFocused();
});

test('a press anywhere asks for the code, as a phone has no hover to ask with', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const asked = page.waitForRequest(/DetailsPanel-.*\.js$/, { timeout: 15_000 });
  const title = await page.getByRole('heading', { name: 'Cloud Native Map', level: 1 }).boundingBox();
  await page.mouse.move(title!.x + 5, title!.y + 5);
  await page.mouse.down();
  await page.mouse.up();
  await asked;
});
