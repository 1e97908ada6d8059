import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mapReady, nodePoint, search } from './helpers.ts';
import { MAP_ORIGIN } from './ports.ts';

// Script and markup in every field of the catalog (tests/fixtures/bad/accepted-html-in-text.yaml: it validates).
const hostile = readFileSync('tests/fixtures/bad/accepted-html-in-text.yaml', 'utf8');

test('a catalog full of script payloads executes nothing and requests nothing', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.route('**/hostile.yaml', (route) =>
    route.fulfill({ body: hostile, headers: { 'content-type': 'text/yaml' } }),
  );

  await page.goto('./?catalog=hostile.yaml');
  await mapReady(page);
  // The payloads show as text, wherever catalog text lands: the list, the details, the tour, search results.
  const list = page.getByRole('navigation', { name: 'Problems and projects' });
  await expect(list.getByText('<b onmouseover=alert("name")>tracing</b>')).toBeVisible();
  await list.getByRole('button', { name: '<script>alert("project")</script>' }).click();
  const panel = page.getByRole('complementary').filter({ has: page.locator('#details-title') });
  await expect(panel.locator('#details-title')).toHaveText('<script>alert("project")</script>');
  await expect(panel).toContainText('<img src=x onerror="fetch(');
  await panel.getByRole('link', { name: 'Homepage' }).hover();
  await mapReady(page);
  const point = await nodePoint(page, 'problem:tracing');
  await page.mouse.move(point.x, point.y);
  await page.mouse.click(point.x, point.y);
  await expect(panel).toContainText('<style>body{display:none}</style>');
  await page.goto('./?catalog=hostile.yaml&select=article');
  await expect(page.locator('#details-title')).toHaveText('<script>alert("title")</script>');
  await page.goto('./?catalog=hostile.yaml&tour=1');
  await expect(page.getByText("{@html '<b>caption</b>'}", { exact: false })).toBeVisible();
  await search(page).fill('script');
  await expect(page.getByRole('listbox', { name: 'Results' })).toBeVisible();

  // Nothing ran: no dialog, no injected element, no error, and no request outside the map's own files.
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  expect(await page.locator('body script, body img[src="x"], body iframe, body svg[onload]').count()).toBe(0);
  const foreign = requests.filter((url) => !url.startsWith(`${MAP_ORIGIN}/`));
  expect(foreign).toEqual([]);
});

test('catalog links open in a new tab without access to the map', async ({ page }) => {
  await page.goto('./?select=kubernetes');
  const links = page.getByRole('complementary').locator('a[href^="http"]');
  await expect(links.first()).toBeVisible();
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the embed has no accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./embed.html?problem=tracing,logging&controls=full&select=jaeger');
    await page.waitForSelector('[aria-roledescription="map"][data-ready="true"]');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
    ).toEqual([]);
  });
}
