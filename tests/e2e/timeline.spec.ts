import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { details } from './helpers.ts';

test.describe('the maturity timeline in the details panel', () => {
  test("Istio's details say it joined in 2022 and graduated in 2023, after the article", async ({ page }) => {
    await page.goto('./?select=istio');
    await expect(details(page).getByRole('heading', { name: 'Istio', level: 2 })).toBeVisible();
    const timeline = details(page).getByRole('list', { name: 'Maturity timeline' });
    await expect(timeline.getByRole('listitem')).toHaveText([
      /10 December 2020\s*The article is published/,
      /30 September 2022\s*Joined the CNCF at incubating/,
      /12 July 2023\s*Graduated/,
    ]);
    const days = await timeline
      .locator('time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(days).toEqual(['2020-12-10', '2022-09-30', '2023-07-12']);
  });

  test('a project outside the CNCF has no timeline', async ({ page }) => {
    await page.goto('./?select=zookeeper');
    await expect(details(page).getByRole('heading', { name: 'Apache ZooKeeper', level: 2 })).toBeVisible();
    await expect(details(page).getByRole('list', { name: 'Maturity timeline' })).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing to fix in the timeline, ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./?select=istio');
      await expect(details(page).getByRole('list', { name: 'Maturity timeline' })).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include('ol.timeline')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});
