/**
 * The explorer mounts in stages so that no task of a load is long on a slow phone (header, legend, map,
 * then the sidebar after the map's first frame), and the map's first frame comes in two halves (shapes,
 * then labels). The user must not see it: every region is there once the map is, and the map is never
 * resized after it is first drawn (it was: the date control arrived after the first frame and the map
 * shrank under it).
 */
import { expect, test, type Page } from '@playwright/test';
import { mapReady, search } from './helpers.ts';

/** Every size the map's canvas was cleared at (a whole frame or a first half), in order. */
async function recordCanvasSizes(page: Page) {
  await page.addInitScript({
    content: `(() => {
      const sizes = (window.__canvasSizes = []);
      const clear = CanvasRenderingContext2D.prototype.clearRect;
      CanvasRenderingContext2D.prototype.clearRect = function (...args) {
        if (this.canvas.isConnected) sizes.push(this.canvas.width + 'x' + this.canvas.height);
        return clear.apply(this, args);
      };
    })()`,
  });
  return () => page.evaluate(() => (window as unknown as { __canvasSizes: string[] }).__canvasSizes);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} every region is there and the map keeps its size once drawn`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const sizes = await recordCanvasSizes(page);
    await page.goto('./');
    await mapReady(page);
    await expect(page.getByRole('heading', { name: 'Cloud Native Map', level: 1 })).toBeVisible();
    await expect(search(page)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Date of the map' })).toBeVisible();
    await expect(page.locator('.legend')).toBeVisible();
    if (viewport.width < 700) await page.getByRole('button', { name: 'List' }).click();
    const sidebar = page.getByRole('complementary', { name: 'Filters and list view' });
    await expect(sidebar.getByRole('heading', { name: 'Filters' })).toBeVisible();
    await expect(sidebar.getByRole('checkbox').first()).toBeVisible();
    await expect(sidebar.getByRole('navigation', { name: 'Problems and projects' })).toBeVisible();
    // The logo sprite comes last, after the first view: once it is here, the load is over.
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByType('resource').some((e) => /logos-/.test(e.name))),
      )
      .toBe(true);
    const seen = await sizes();
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen).size, `canvas sizes ${seen.join(', ')}`).toBe(1);
  });
}

test('the map is labelled once it is ready, and the list follows a selection from the link', async ({
  page,
}) => {
  await page.goto('./?select=jaeger');
  await mapReady(page);
  const list = page.getByRole('navigation', { name: 'Problems and projects' });
  await expect(list.locator('li[data-node="project:jaeger"]')).toHaveClass(/selected/);
  await expect(page.getByRole('heading', { name: 'Jaeger', level: 2 })).toBeVisible();
});
