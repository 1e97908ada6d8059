/**
 * A laptop's screen with an imported catalog, whose file name fills the catalog picker: the header's row
 * could not hold the title, the search and the tools, and the search box was squeezed to 40 px, its
 * results a column one letter wide, the buttons' words broken over two lines. The tools now go to a row
 * of their own when they must.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mapReady } from './helpers.ts';

const catalog = readFileSync('tests/fixtures/valid/minimal.yaml');
const FILE = 'landscape-members-compiled-with-a-long-name.yaml';

/** How many lines an element's text takes. */
const lines = (page: Page, name: string) =>
  page
    .getByRole('banner')
    .getByText(name, { exact: true })
    .first()
    .evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });

for (const width of [800, 1024, 1280, 1440]) {
  test(`at ${width} px with an imported catalog the search box has room and the tools read on one line`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.route(`**/${FILE}`, (route) =>
      route.fulfill({ body: catalog, headers: { 'content-type': 'text/yaml' } }),
    );
    await page.goto(`./?catalog=${FILE}`);
    await mapReady(page);
    const search = page.getByRole('combobox', { name: 'Search projects and problems' });
    expect((await search.boundingBox())!.width).toBeGreaterThanOrEqual(240);
    for (const name of ['Read the article', 'Share', 'Catalog', 'Theme'])
      expect(await lines(page, name)).toBe(1);
    // Results as wide as the box, a name to a line.
    await search.fill('ka');
    const result = page.getByRole('option').first();
    await expect(result).toBeVisible();
    expect((await result.boundingBox())!.width).toBeGreaterThanOrEqual(240);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
