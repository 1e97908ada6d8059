import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mapReady, search } from './helpers.ts';

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

// axe walks the whole list view (hundreds of items): give it time on slow machines.
test.describe.configure({ timeout: 60_000 });

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the map with nothing selected', async ({ page }) => {
      await page.goto('./');
      await mapReady(page);
      expect(await violations(page)).toEqual([]);
    });

    for (const select of ['istio', 'problem:tracing', 'article']) {
      test(`with the details panel open on ${select}`, async ({ page }) => {
        await page.goto(`./?select=${select}`);
        await mapReady(page);
        expect(await violations(page)).toEqual([]);
      });
    }

    test('in the tour', async ({ page }) => {
      await page.goto('./?tour=6');
      await mapReady(page);
      expect(await violations(page)).toEqual([]);
    });

    test('with search results shown and filters set', async ({ page }) => {
      await page.goto('./?maturity=graduated,sandbox&article=1');
      await mapReady(page);
      await search(page).fill('service');
      await expect(page.getByRole('listbox', { name: 'Results' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('on a phone with the list open', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('./');
      await mapReady(page);
      await page.getByRole('button', { name: 'List' }).click();
      expect(await violations(page)).toEqual([]);
    });
  });
}
