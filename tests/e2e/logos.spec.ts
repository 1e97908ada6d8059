/**
 * Logos (issue #14, point 5): the simple-icons marks the catalog names show in the details panel, the
 * search results, the list and, zoomed in, inside the map's nodes. They come from one sprite on our own
 * origin, downloaded only after the first view is drawn; a catalog without logos downloads nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { details, map, mapReady, nodePoint, search } from './helpers.ts';

const FIRST_VIEW = 'cloud-native-map:interactive';
const isSprite = (url: string) => /\/assets\/logos-[\da-f]+\.json$/.test(new URL(url).pathname);

/** Every request the page makes, from before its first byte. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/** Waits for the first view's mark, then for the browser to be idle twice: when the sprite is asked for. */
async function firstViewThenIdle(page: Page) {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark').length > 0, FIRST_VIEW);
  await page.evaluate(
    () => new Promise((done) => requestIdleCallback(() => requestIdleCallback(() => done(null)))),
  );
}

test('the details panel shows the project logo, and the sprite is fetched only after the first view, from our origin', async ({
  page,
  baseURL,
}) => {
  const requests = recordRequests(page);
  await page.goto('./?select=kubernetes');
  const logo = details(page).locator('svg[data-logo="kubernetes"]');
  await expect(logo).toBeVisible();
  await expect(logo).toHaveAttribute('aria-hidden', 'true');
  // Credited where the app credits its sources, and said to be a trademark where it is shown.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Simple Icons' })).toBeVisible();
  await expect(details(page)).toContainText('Logo from Simple Icons (CC0); it is a trademark of its owner.');

  const order = await page.evaluate((mark) => {
    const drawn = performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? Infinity;
    const sprite = performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/logos-[\da-f]+\.json$/.test(new URL(entry.name).pathname));
    return { drawn, sprites: sprite.map((entry) => entry.startTime) };
  }, FIRST_VIEW);
  expect(order.sprites).toHaveLength(1);
  expect(order.sprites[0]!).toBeGreaterThanOrEqual(order.drawn);

  const origin = new URL(baseURL!).origin;
  const away = requests.map((r) => r.url()).filter((url) => !/^(data|blob):/.test(url));
  expect(away.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(away.filter(isSprite)).toHaveLength(1);

  // The sprite the build wrote holds exactly the logos the bundled catalog uses.
  const sprite = (await (await page.request.get(away.find(isSprite)!)).json()) as { icons: object };
  const used = [...readFileSync('data/catalog.yaml', 'utf8').matchAll(/^ {4}logo: (\S+)$/gm)].map(
    (m) => m[1],
  );
  expect(Object.keys(sprite.icons)).toEqual([...new Set(used)].sort());
});

test('search results and the list show logos beside the names that have one', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await search(page).fill('kubernetes');
  const result = page.getByRole('option').filter({ hasText: /^Kubernetes/ });
  await expect(result.locator('svg[data-logo="kubernetes"]')).toBeVisible();
  // A project simple-icons does not cover has no logo, and no empty box either.
  await search(page).fill('zookeeper');
  await expect(page.getByRole('option').filter({ hasText: 'Apache ZooKeeper' })).toBeVisible();
  await expect(page.getByRole('option').filter({ hasText: 'Apache ZooKeeper' }).locator('svg')).toHaveCount(
    0,
  );

  const list = page.getByRole('navigation', { name: 'Problems and projects' });
  await expect(list.locator('[data-node="project:prometheus"] svg[data-logo="prometheus"]')).toBeVisible();
});

test('zoomed in, the Kubernetes node carries its logo in the brand colour; zoomed out it is a plain shape', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await mapReady(page);
  await firstViewThenIdle(page);
  /** Pixels of Kubernetes blue (#326CE5, give or take antialiasing) around the node, read off the canvas. */
  const brandPixels = async () => {
    const { x, y } = await nodePoint(page, 'project:kubernetes');
    return map(page)
      .locator('canvas')
      .evaluate(
        (canvas: HTMLCanvasElement, at) => {
          const box = canvas.getBoundingClientRect();
          const scale = canvas.width / box.width;
          const [cx, cy] = [(at.x - box.x) * scale, (at.y - box.y) * scale];
          const side = Math.round(60 * scale);
          const { data } = canvas
            .getContext('2d')!
            .getImageData(Math.round(cx - side / 2), Math.round(cy - side / 2), side, side);
          let count = 0;
          for (let i = 0; i < data.length; i += 4) {
            const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
            if (Math.abs(r - 0x32) < 24 && Math.abs(g - 0x6c) < 24 && Math.abs(b - 0xe5) < 24) count++;
          }
          return count;
        },
        { x, y },
      );
  };
  expect(await brandPixels()).toBe(0);
  // Zoom in around it with the wheel, as a reader would.
  await expect(async () => {
    const { x, y } = await nodePoint(page, 'project:kubernetes');
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, -400);
    expect(Number(await map(page).getAttribute('data-zoom'))).toBeGreaterThan(2.2);
  }).toPass();
  await mapReady(page);
  await expect.poll(brandPixels).toBeGreaterThan(20);
});

test('a catalog without logos works as before and never asks for the sprite', async ({ page }) => {
  const requests = recordRequests(page);
  const minimal = readFileSync('tests/fixtures/valid/minimal.yaml', 'utf8');
  await page.route('**/plain.yaml', (route) =>
    route.fulfill({ body: minimal, headers: { 'content-type': 'text/yaml' } }),
  );
  await page.goto('./?catalog=plain.yaml&select=jaeger');
  await expect(details(page)).toBeVisible();
  await firstViewThenIdle(page);
  await expect(details(page).locator('svg[data-logo]')).toHaveCount(0);
  expect(requests.map((r) => r.url()).filter(isSprite)).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing to fix in a details panel with a logo, ${scheme} theme`, async ({ page }) => {
    // axe on a loaded two-core machine: allow for it.
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./?select=prometheus');
    await expect(details(page).locator('svg[data-logo="prometheus"]')).toBeVisible();
    const results = await new AxeBuilder({ page })
      // The details panel alone (the sidebar, also an aside, holds hundreds of rows).
      .include('aside[aria-labelledby="details-title"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
