import { expect, test } from '@playwright/test';
import { details, map, mapReady, nodePoint } from './helpers.ts';

test('follows the system colour scheme, and a picked theme wins and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect.poll(background).toBe('rgb(11, 17, 32)');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect.poll(background).toBe('rgb(248, 250, 252)');
  await expect(page).toHaveURL(/theme=light/);
  await page.goto('./');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
  await expect.poll(background).toBe('rgb(248, 250, 252)');
});

test('on a 360 px phone the details panel is a sheet over the map', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  await mapReady(page);
  const point = await nodePoint(page, 'problem:tracing');
  await page.mouse.click(point.x, point.y);
  const panel = details(page);
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(box.width).toBeGreaterThan(340);
  expect(box.y + box.height).toBeGreaterThan(730);
  expect(box.y).toBeGreaterThan(200);
  // Nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole('button', { name: 'Close details' }).click();
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('navigation', { name: 'Problems and projects' })).toBeVisible();
});

test('with reduced motion the view jumps instead of animating', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await mapReady(page);
  const start = await map(page).getAttribute('data-zoom');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  // No transition: the new zoom is there on the next frame.
  await page.waitForTimeout(50);
  expect(Number(await map(page).getAttribute('data-zoom'))).toBeCloseTo(Number(start) * 1.4, 2);
});
