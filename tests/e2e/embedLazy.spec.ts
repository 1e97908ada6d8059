/**
 * Embeds wait their turn: a custom element far below the fold of a host page downloads nothing (no
 * catalog, no picture) until the reader scrolls towards it, then draws as usual.
 */
import { expect, test } from '@playwright/test';
import { HOST_ORIGIN as HOST } from './ports.ts';
import { holdBack } from './helpers.ts';

test('a custom element 3000 px below the fold requests no catalog until it is scrolled to', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  const requested: string[] = [];
  page.on('request', (request) => {
    if (/\/(catalog\.(yaml|json)|snapshots\/)/.test(request.url())) requested.push(request.url());
  });
  await page.goto(`${HOST}/far.html?problem=tracing`);
  await page.evaluate(() => customElements.whenDefined('cloud-native-map').then(() => true));
  await page.waitForLoadState('networkidle');
  expect(requested).toEqual([]);
  await expect(page.locator('cloud-native-map .cnm')).toHaveCount(0);

  await page.locator('cloud-native-map').scrollIntoViewIfNeeded();
  const map = page.locator('cloud-native-map [aria-roledescription="map"]');
  await expect(map).toHaveAttribute('data-ready', 'true');
  expect(requested.some((url) => /catalog\.(yaml|json)/.test(url))).toBe(true);
});

test('an element in view at load starts at once', async ({ page }) => {
  await page.goto(`${HOST}/element.html?problem=tracing`);
  await expect(page.locator('cloud-native-map [aria-roledescription="map"]')).toHaveAttribute(
    'data-ready',
    'true',
  );
});

test('the iframe embed lays its map out in a Worker, showing its picture in the map’s place until the map is painted', async ({
  page,
}) => {
  await page.setViewportSize({ width: 700, height: 560 });
  // Hold the Worker's script back, so the moment before the layout is there is long enough to look at.
  const release = await holdBack(page, /reformWorker/);
  await page.goto('./embed.html?problem=tracing');
  const picture = page.locator('.map-area img[alt="The map, loading"]');
  await expect(picture).toBeVisible();
  await expect(page.locator('[aria-roledescription="map"][data-ready="true"]')).toHaveCount(0);
  release();
  await expect(page.locator('[aria-roledescription="map"]')).toHaveAttribute('data-ready', 'true');
  await expect(picture).toHaveCount(0);
  // The page itself placed start positions at most: the forces ran in the Worker.
  const layouts = await page.evaluate(() => performance.getEntriesByName('cloud-native-map:layout').length);
  expect(layouts).toBe(0);
});

test('the observability embed leaves its layout to the Worker and places no start positions it would cover', async ({
  page,
}) => {
  await page.setViewportSize({ width: 700, height: 500 });
  const release = await holdBack(page, /reformWorker/);
  await page.goto('./embed.html?problem=tracing,logging,metrics');
  await expect(page.getByText('Loading the map…')).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.locator('[aria-roledescription="map"][data-ready="true"]')).toHaveCount(0);
  release();
  await expect(page.locator('[aria-roledescription="map"]')).toHaveAttribute('data-ready', 'true');
  const onPage = await page.evaluate(() =>
    ['layout', 'start positions', 'reform'].map(
      (name) => performance.getEntriesByName(`cloud-native-map:${name}`).length,
    ),
  );
  expect(onPage).toEqual([0, 0, 0]);
});
