import { expect, type Page } from '@playwright/test';

export const map = (page: Page) => page.getByRole('application', { name: /Map of the problems/ });

/** Where a node is drawn, in page coordinates (the map is one canvas, so we ask it). */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const element = map(page);
  await expect(element).toBeVisible();
  const box = (await element.boundingBox())!;
  const point = await element.evaluate(
    (el, nodeId) =>
      (
        el as unknown as { mapApi: { screenPosition(id: string): { x: number; y: number } | null } }
      ).mapApi.screenPosition(nodeId),
    id,
  );
  if (!point) throw new Error(`no node ${id}`);
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Waits until the map is drawn and settled (no zoom animation running). */
export async function mapReady(page: Page) {
  const element = map(page);
  await expect(element).toBeVisible();
  let last = '';
  await expect
    .poll(
      async () => {
        const now = (await element.getAttribute('data-zoom')) ?? '';
        const settled = now === last && now !== '1.000';
        last = now;
        return settled;
      },
      { intervals: [150, 150, 150, 300, 500] },
    )
    .toBe(true);
}

export const search = (page: Page) => page.getByRole('combobox', { name: 'Search projects and problems' });
export const details = (page: Page) =>
  page.getByRole('complementary').filter({ has: page.locator('#details-title') });

/**
 * A ratio of distances between three nodes on screen: the camera only moves and scales the picture, so
 * this changes only when the layout does.
 */
export async function layoutShape(
  page: Page,
  ids: [string, string, string] = ['project:prometheus', 'project:kubernetes', 'project:fluentd'],
): Promise<number> {
  const [a, b, c] = await Promise.all(ids.map((id) => nodePoint(page, id)));
  return Math.hypot(a!.x - b!.x, a!.y - b!.y) / Math.hypot(a!.x - c!.x, a!.y - c!.y);
}

/**
 * Holds back every request whose URL matches `pattern` until the returned function is called: the moment
 * before a script (a chunk, the Worker's) arrives is then long enough to look at.
 */
export async function holdBack(page: Page, pattern: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
