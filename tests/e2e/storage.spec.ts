/**
 * What each surface stores in the reader's browser: the app only the theme a reader picks (in
 * localStorage); the embed and the custom element nothing at all (no localStorage, sessionStorage,
 * cookies, IndexedDB or Cache Storage), on the map's site or on the page that embeds them.
 */
import { expect, test, type Page } from '@playwright/test';
import { HOST_ORIGIN as HOST } from './ports.ts';

/** Everything the page's origin holds in storage, as one comparable object. */
function storedBy(page: Page) {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    cookies: document.cookie,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
  }));
}
const NOTHING = { localStorage: [], sessionStorage: [], cookies: '', indexedDB: [], caches: [] };

test('the embed stores nothing, however it is used', async ({ page, context }) => {
  await page.goto('./embed.html?problem=tracing,logging&controls=full&theme=dark&select=jaeger');
  await page.waitForSelector('[aria-roledescription="map"][data-ready="true"]');
  await expect(page.getByRole('heading', { name: 'Jaeger', level: 2 })).toBeVisible();
  await page.getByRole('combobox').first().fill('trace');
  await page.getByRole('button', { name: /zoom in/i }).click();
  expect(await storedBy(page)).toEqual(NOTHING);
  expect((await context.storageState()).cookies).toEqual([]);
});

test('the custom element stores nothing on the host page or on the map site', async ({ page, context }) => {
  await page.goto(`${HOST}/element.html?problem=tracing,logging&theme=dark&controls=full&select=jaeger`);
  const element = page.locator('cloud-native-map');
  await expect(element.locator('[aria-roledescription="map"]')).toHaveAttribute('data-ready', 'true');
  await element.evaluate((el) => el.setAttribute('theme', 'light'));
  await element.getByRole('button', { name: /zoom in/i }).click();
  expect(await storedBy(page)).toEqual(NOTHING);
  const state = await context.storageState();
  expect(state.cookies).toEqual([]);
  expect(state.origins.filter((origin) => origin.localStorage.length > 0)).toEqual([]);
});

test('the app stores only the theme a reader picks, and forgets it on "auto"', async ({ page }) => {
  await page.goto('./');
  expect(await storedBy(page)).toEqual(NOTHING);
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await theme.selectOption('dark');
  await expect.poll(() => storedBy(page)).toEqual({ ...NOTHING, localStorage: ['cloud-native-map:theme'] });
  await theme.selectOption('auto');
  await expect.poll(() => storedBy(page)).toEqual(NOTHING);
});
