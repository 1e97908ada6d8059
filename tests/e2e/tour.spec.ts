import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCatalog, textFragmentUrl } from '../../src/lib/catalog/index.ts';
import { buildTour } from '../../src/lib/view/tour.ts';
import { details, map, mapReady } from './helpers.ts';

const parsed = parseCatalog(readFileSync('data/catalog.yaml'), 'catalog.yaml');
if (!parsed.ok) throw new Error('invalid catalog');
const catalog = parsed.catalog;
const steps = buildTour(catalog);
const tour = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: /./ }).filter({ has: page.locator('#tour-title') });

test('the article panel: title, author, date, thesis, link, and the problems in the article order', async ({
  page,
}) => {
  await page.goto('./?select=article');
  const panel = details(page);
  await expect(panel.getByRole('heading', { name: catalog.article.title, level: 2 })).toBeVisible();
  await expect(panel).toContainText('by Ivan Velichko');
  await expect(panel.locator('time')).toHaveAttribute('datetime', '2020-12-10');
  await expect(panel).toContainText('December 10, 2020');
  await expect(panel).toContainText(catalog.article.thesis.slice(0, 40));
  await expect(panel.getByRole('link', { name: catalog.article.title })).toHaveAttribute(
    'href',
    catalog.article.url,
  );
  const fromArticle = catalog.problems
    .filter((p) => p.article)
    .sort((a, b) => a.article!.paragraph - b.article!.paragraph);
  const items = panel.locator('ol.problems li');
  await expect(items).toHaveCount(fromArticle.length);
  for (const [i, problem] of fromArticle.entries()) {
    await expect(items.nth(i).getByRole('button')).toHaveText(problem.name);
    await expect(items.nth(i).getByRole('link')).toHaveAttribute(
      'href',
      textFragmentUrl(catalog.article.url, problem.article!.quote),
    );
  }
});

test('the tour walks every step with the buttons, each step in the URL, then leaves', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await page.getByRole('button', { name: 'Read the article' }).click();
  for (const [i, step] of steps.entries()) {
    await expect(page).toHaveURL(new RegExp(`tour=${i + 1}(&|$)`));
    const panel = tour(page);
    await expect(panel.getByRole('heading', { name: step.title })).toBeVisible();
    await expect(panel).toContainText(`step ${i + 1} of ${steps.length}`);
    for (const quote of step.quotes) {
      await expect(panel.getByText(quote.quote)).toBeVisible();
      await expect(
        panel.getByRole('link', { name: /Making Sense Out Of Cloud Native Buzz/ }).first(),
      ).toHaveAttribute('href', /#:~:text=/);
    }
    if (step.changes) {
      // What changed since the article, in the catalog's own figures (changesStep), each project's fate listed.
      await expect(panel).toContainText(step.caption);
      for (const fate of step.changes.fates) await expect(panel.getByText(fate.text)).toBeVisible();
    } else if (step.paragraph === null)
      await expect(panel).toContainText("this catalog's extension, not the article's");
    await panel.getByRole('button', { name: i + 1 < steps.length ? 'Next →' : 'Finish' }).click();
  }
  await expect(tour(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/tour=/);
});

test('the tour answers the arrow keys and Esc, and a step can be linked', async ({ page }) => {
  await page.goto('./?tour=3');
  await mapReady(page);
  await expect(tour(page).getByRole('heading', { name: steps[2]!.title })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/tour=4/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/tour=2/);
  await expect(tour(page).getByRole('heading', { name: steps[1]!.title })).toBeVisible();
  const zoomInTour = Number(await map(page).getAttribute('data-zoom'));
  await page.keyboard.press('Escape');
  await expect(tour(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/tour=/);
  await expect.poll(async () => Number(await map(page).getAttribute('data-zoom'))).toBeLessThan(zoomInTour);
});

test('every page credits the article and its author', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('banner').getByRole('link', { name: catalog.article.title })).toHaveAttribute(
    'href',
    catalog.article.url,
  );
  await expect(page.getByRole('banner')).toContainText('by Ivan Velichko');
});
