/**
 * A 360 px phone with a catalog of long names: the header fits, long unbroken names wrap in the
 * list and in the details (never under the close button), and a 2,000-character word is shown
 * whole, wrapped, not cut off.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { details, mapReady } from './helpers.ts';

const LONG_NAME = `Supercalifragilistic${'Observability'.repeat(7)}`; // 111 characters, no break
const WORD = 'x'.repeat(2000);
const catalog = readFileSync('tests/fixtures/valid/minimal.yaml', 'utf8')
  .replace('name: Jaeger', `name: ${LONG_NAME}`)
  .replace('description: A tracing platform.', `description: ${WORD}`)
  .replace('category: Observability', `category: ${'Category'.repeat(15)}`);

async function open(page: Page, query: string) {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.route('**/long-names.yaml', (route) =>
    route.fulfill({ body: catalog, headers: { 'content-type': 'application/yaml' } }),
  );
  await page.goto(`./?catalog=long-names.yaml${query}`);
  await mapReady(page);
}

const box = async (locator: Locator) => (await locator.boundingBox())!;

test('the header and the page fit a 360 px screen with a catalog other than the bundled one', async ({
  page,
}) => {
  await open(page, '');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const header = await box(page.getByRole('banner'));
  expect(header.x).toBeGreaterThanOrEqual(0);
  expect(header.x + header.width).toBeLessThanOrEqual(360);
  // Every control in the header is on the screen.
  const outside = await page
    .getByRole('banner')
    .locator('button, select, input, summary, a')
    .evaluateAll(
      (elements) =>
        elements
          .map((element) => element.getBoundingClientRect())
          .filter((rect) => rect.width > 0 && (rect.right > 360.5 || rect.left < -0.5)).length,
    );
  expect(outside).toBe(0);
});

test('a long unbroken name wraps in the list', async ({ page }) => {
  await open(page, '');
  await page.getByRole('button', { name: 'List' }).click();
  const list = page.getByRole('navigation', { name: 'Problems and projects' });
  const item = list.getByRole('button', { name: LONG_NAME });
  await expect(item).toBeVisible();
  const [itemBox, listBox] = [await box(item), await box(list)];
  expect(itemBox.x + itemBox.width).toBeLessThanOrEqual(listBox.x + listBox.width + 0.5);
  expect(await item.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
});

test('in the details, a long name wraps clear of the close button and a 2,000-character word is whole', async ({
  page,
}) => {
  await open(page, '&select=jaeger');
  const panel = details(page);
  await expect(panel).toBeVisible();
  const [title, close, panelBox] = [
    await box(panel.locator('#details-title')),
    await box(panel.getByRole('button', { name: 'Close details' })),
    await box(panel),
  ];
  expect(title.x + title.width).toBeLessThanOrEqual(close.x + 0.5);
  expect(title.x + title.width).toBeLessThanOrEqual(panelBox.x + panelBox.width);
  const word = panel.getByText(WORD);
  // Wrapped (many lines), nothing hidden sideways, and every line can be scrolled to.
  const shape = await word.evaluate((e) => ({
    lines: e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight || '20'),
    hidden: e.scrollWidth - e.clientWidth,
    right: e.getBoundingClientRect().right,
  }));
  expect(shape.lines).toBeGreaterThan(10);
  expect(shape.hidden).toBeLessThanOrEqual(1);
  expect(shape.right).toBeLessThanOrEqual(panelBox.x + panelBox.width + 0.5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
