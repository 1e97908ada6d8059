/**
 * Embeds wait their turn: a custom element far below the fold of a host page downloads nothing (no
 * catalog, no picture) until the reader scrolls towards it, then draws as usual.
 */
import { expect, test } from '@playwright/test';
import { HOST_ORIGIN as HOST } from './ports.ts';

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
