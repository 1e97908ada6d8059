import { expect, test } from '@playwright/test';
import { details, map, mapReady, nodePoint } from './helpers.ts';

test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

test('touch: tap opens details, one finger pans, two fingers pinch to zoom', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Array<{ x: number; y: number }>) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });

  // One finger drags the map.
  const box = (await map(page).boundingBox())!;
  const before = await nodePoint(page, 'article');
  const start = { x: box.x + 30, y: box.y + box.height - 60 };
  await touch('touchStart', [start]);
  for (let i = 1; i <= 5; i++) await touch('touchMove', [{ x: start.x + i * 16, y: start.y - i * 8 }]);
  await touch('touchEnd', []);
  const after = await nodePoint(page, 'article');
  expect(after.x - before.x).toBeCloseTo(80, -1);

  // Two fingers spread apart: zoom in.
  await page.getByRole('button', { name: 'Zoom out' }).tap();
  await page.getByRole('button', { name: 'Zoom out' }).tap();
  await mapReady(page);
  const zoom = Number(await map(page).getAttribute('data-zoom'));
  const cx = box.x + 110;
  const cy = box.y + box.height - 50;
  await touch('touchStart', [
    { x: cx - 30, y: cy },
    { x: cx + 30, y: cy },
  ]);
  for (let i = 1; i <= 6; i++) {
    await touch('touchMove', [
      { x: cx - 30 - i * 15, y: cy },
      { x: cx + 30 + i * 15, y: cy },
    ]);
  }
  await touch('touchEnd', []);
  await expect
    .poll(async () => Number(await map(page).getAttribute('data-zoom')))
    .toBeGreaterThan(zoom * 1.8);

  // A tap on a node opens its details as a sheet.
  await page.getByRole('button', { name: 'Fit the map to the screen' }).tap();
  await mapReady(page);
  const point = await nodePoint(page, 'problem:tracing');
  await page.touchscreen.tap(point.x, point.y);
  await expect(details(page).getByRole('heading', { name: 'Distributed tracing', level: 2 })).toBeVisible();
});

test('touch: one finger on a node drags it; a pinch that starts on a node zooms and leaves it in place', async ({
  page,
}) => {
  await page.goto('./');
  await mapReady(page);
  const cdp = await page.context().newCDPSession(page);
  const touch = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: Array<{ x: number; y: number; id: number }>,
  ) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  const zoomOf = async () => Number(await map(page).getAttribute('data-zoom'));
  const apart = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    Math.hypot(a.x - b.x, a.y - b.y);

  // One finger on a node drags that node, not the map.
  const hub = await nodePoint(page, 'problem:tracing');
  const article = await nodePoint(page, 'article');
  await touch('touchStart', [{ ...hub, id: 0 }]);
  for (let i = 1; i <= 5; i++) await touch('touchMove', [{ x: hub.x + i * 8, y: hub.y + i * 8, id: 0 }]);
  await touch('touchEnd', []);
  const moved = await nodePoint(page, 'problem:tracing');
  expect(moved.x - hub.x).toBeCloseTo(40, -1);
  expect((await nodePoint(page, 'article')).x).toBeCloseTo(article.x, 0);

  // Finger one lands on the hub, finger two beside it, and they spread: the map zooms, the hub stays put
  // on the map (its distance to the article grows with the zoom, no more).
  const zoom = await zoomOf();
  const start = await nodePoint(page, 'problem:tracing');
  const before = apart(start, await nodePoint(page, 'article'));
  // The second finger lands on the side towards the middle of the screen, on the map whatever the layout.
  const side = start.x > 195 ? -1 : 1;
  const second = { x: start.x + side * 40, y: start.y };
  await touch('touchStart', [{ ...start, id: 0 }]);
  await touch('touchStart', [
    { ...start, id: 0 },
    { ...second, id: 1 },
  ]);
  for (let i = 1; i <= 6; i++) {
    await touch('touchMove', [
      { x: start.x - side * i * 12, y: start.y, id: 0 },
      { x: second.x + side * i * 12, y: second.y, id: 1 },
    ]);
  }
  await touch('touchEnd', []);
  await expect.poll(zoomOf).toBeGreaterThan(zoom * 2);
  const ratio = (await zoomOf()) / zoom;
  const after = apart(await nodePoint(page, 'problem:tracing'), await nodePoint(page, 'article'));
  expect(after / before).toBeCloseTo(ratio, 1);
});
