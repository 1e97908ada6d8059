/**
 * Each letter typed into the search box is laid out inside the box, not from the document down: on a big
 * map at a phone's CPU speed the document-wide layout cost a keystroke up to 2 ms. The box is a layout root
 * of its own (size containment), so it must be given the height it would have without it.
 */
import { expect, test, type Page } from '@playwright/test';
import { mapReady, search } from './helpers.ts';

/** The box's height as shown, and with its containment and height taken off. */
const heights = (page: Page) =>
  search(page).evaluate((box: HTMLInputElement) => {
    const shown = box.getBoundingClientRect().height;
    box.style.contain = 'none';
    box.style.height = 'auto';
    const natural = box.getBoundingClientRect().height;
    box.style.contain = '';
    box.style.height = '';
    return { shown, natural };
  });

for (const [name, width, height, path] of [
  ['the app on a laptop', 1280, 800, './'],
  ['the app on a phone', 390, 844, './'],
  ['the embed', 700, 500, './embed.html?controls=search'],
] as const) {
  test(`${name}: the search box is as tall as it would be without containment`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(path);
    await expect(search(page)).toBeVisible();
    const { shown, natural } = await heights(page);
    expect(natural).toBeGreaterThan(30);
    expect(Math.abs(shown - natural)).toBeLessThan(0.5);
  });
}

test('typing a letter lays out the search box alone', async ({ page, browser, browserName }) => {
  test.skip(browserName !== 'chromium', 'reads a Chromium trace');
  await page.goto('./');
  await mapReady(page);
  await search(page).fill('prom');
  await expect(page.getByRole('listbox', { name: 'Results' })).toBeVisible();
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await page.keyboard.type('eth', { delay: 100 });
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: Array<{ name: string; args?: { endData?: { layoutRoots?: Array<{ nodeName: string }> } } }>;
  };
  const roots = trace.traceEvents
    .filter((event) => event.name === 'Layout')
    .flatMap((event) => event.args?.endData?.layoutRoots ?? [])
    .map((root) => root.nodeName.split(' ')[0]);
  expect(roots).toContain('INPUT');
});
