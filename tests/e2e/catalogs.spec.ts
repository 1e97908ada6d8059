import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mapReady, search } from './helpers.ts';

const minimal = readFileSync('tests/fixtures/valid/minimal.yaml', 'utf8');
const broken = minimal.replace('problems: [tracing]', 'problems: [tracng]');

test('a catalog from another site is named before anything is fetched, then loaded on consent', async ({
  page,
}) => {
  let fetched = 0;
  await page.route('https://example.org/catalog.yaml', async (route) => {
    fetched++;
    await route.fulfill({
      body: minimal,
      headers: { 'content-type': 'text/yaml', 'access-control-allow-origin': '*' },
    });
  });
  await page.goto('./?catalog=https://example.org/catalog.yaml');
  const prompt = page.getByRole('alertdialog', { name: 'Load a catalog from example.org?' });
  await expect(prompt).toBeVisible();
  expect(fetched).toBe(0);
  await prompt.getByRole('button', { name: 'Load it' }).click();
  await expect(page.getByText('Loaded catalog from example.org')).toBeVisible();
  await expect(
    page
      .getByRole('navigation', { name: 'Problems and projects' })
      .getByRole('heading', { name: 'Distributed tracing' }),
  ).toBeVisible();
  expect(fetched).toBe(1);
  await page.getByRole('button', { name: 'back to the bundled catalog' }).click();
  await expect(page).not.toHaveURL(/catalog=/);
  await expect(page.getByText('Loaded catalog from example.org')).toHaveCount(0);
});

test('declining a foreign catalog keeps the bundled map and fetches nothing', async ({ page }) => {
  let fetched = 0;
  await page.route('https://example.org/**', async (route) => {
    fetched++;
    await route.abort();
  });
  await page.goto('./?catalog=https://example.org/evil.yaml');
  await page.getByRole('button', { name: 'Use the bundled catalog' }).click();
  await mapReady(page);
  expect(fetched).toBe(0);
  await expect(page).not.toHaveURL(/catalog=/);
});

test('an invalid catalog shows its errors with line and column, and the map stays', async ({ page }) => {
  await page.route('**/broken.yaml', (route) =>
    route.fulfill({ body: broken, headers: { 'content-type': 'text/yaml' } }),
  );
  await page.goto('./?catalog=broken.yaml');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.yaml could not be used');
  await expect(alert).toContainText(
    'broken.yaml:34:16 projects[0].problems[0]: unknown problem "tracng" (did you mean "tracing"?)',
  );
  await mapReady(page);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('an HTML page or a failed request instead of YAML gives a clear message', async ({ page }) => {
  await page.route('**/page.yaml', (route) =>
    route.fulfill({
      body: '<!doctype html><title>Not found</title>',
      headers: { 'content-type': 'text/html' },
    }),
  );
  await page.goto('./?catalog=page.yaml');
  await expect(page.getByRole('alert')).toContainText(
    'the server sent a web page (HTML), not a YAML catalog',
  );
  await mapReady(page);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.route('**/gone.yaml', (route) => route.fulfill({ status: 404, body: 'no' }));
  await page.evaluate(() => {
    history.pushState(null, '', '?catalog=gone.yaml');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByRole('alert')).toContainText('the server answered 404');
  await expect(search(page)).toBeVisible();
});

test('dropping a YAML file opens it; a broken one shows its errors and keeps the map', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const drop = async (name: string, text: string) => {
    const transfer = await page.evaluateHandle(
      ([fileName, content]) => {
        const data = new DataTransfer();
        data.items.add(new File([content!], fileName!, { type: 'application/yaml' }));
        return data;
      },
      [name, text],
    );
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  };
  await drop('mine.yaml', broken);
  await expect(page.getByRole('alert')).toContainText('mine.yaml:34:16');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await drop('mine.yaml', minimal);
  await expect(page.getByText('Showing mine.yaml')).toBeVisible();
  await expect(
    page
      .getByRole('navigation', { name: 'Problems and projects' })
      .getByRole('button', { name: 'Jaeger', exact: true }),
  ).toBeVisible();
});
